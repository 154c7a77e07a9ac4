using System.Security.Cryptography;
using System.Text.Json;

namespace PublicInfo.Transparency;

/// <summary>Checks a published site against its own publication log: signature, every tile, the root, every served
/// record and proof, and consistency with an older checkpoint the auditor kept.</summary>
/// <remarks>Everything is recomputed from the entries; nothing the site says about itself is taken on trust except
/// the entries' bytes, which the signed root pins down.</remarks>
public static partial class LogVerifier
{
    public const string LogFolder = "log";
    public const string RecordsFolder = "data/procedures";

    public static VerificationReport Verify(string siteDirectory, NoteVerifier verifier, string? trustedCheckpoint = null)
    {
        var problems = new List<string>();
        var checkedItems = new List<string>();
        var logDirectory = Path.Combine(siteDirectory, LogFolder);
        var checkpointPath = Path.Combine(logDirectory, PublicationLog.CheckpointFile);
        if (!File.Exists(checkpointPath))
            return new VerificationReport([$"{LogFolder}/checkpoint is missing"], checkedItems);

        var (text, signatureProblem) = SignedNote.Open(File.ReadAllText(checkpointPath), verifier);
        if (text is null)
        {
            problems.Add($"{LogFolder}/checkpoint: {signatureProblem}");
            text = PublicationLog.NoteText(File.ReadAllText(checkpointPath));
        }
        else checkedItems.Add($"checkpoint signature by {verifier.Name}");

        Checkpoint checkpoint;
        try { checkpoint = Checkpoint.Parse(text); }
        catch (FormatException e) { return new VerificationReport([.. problems, $"{LogFolder}/checkpoint: {e.Message}"], checkedItems); }

        List<byte[]> entries;
        try { entries = PublicationLog.ReadEntries(logDirectory, checkpoint.Size); }
        catch (InvalidDataException e) { return new VerificationReport([.. problems, $"{LogFolder}: {e.Message}"], checkedItems); }
        var leafHashes = entries.Select(e => MerkleTree.LeafHash(e)).ToList();

        var root = MerkleTree.Root(leafHashes);
        if (!root.AsSpan().SequenceEqual(checkpoint.Root))
            problems.Add($"{LogFolder}/checkpoint: root {Hex(checkpoint.Root)} but the {checkpoint.Size} entries hash to {Hex(root)}");
        else checkedItems.Add($"root of {checkpoint.Size} entries");

        CheckTiles(logDirectory, entries, leafHashes, checkpoint.Size, problems, checkedItems);
        CheckRecords(siteDirectory, entries, problems, checkedItems);
        CheckProofs(siteDirectory, entries, verifier, problems, checkedItems);
        if (trustedCheckpoint is not null)
            CheckConsistency(trustedCheckpoint, checkpoint, leafHashes, verifier, problems, checkedItems);
        return new VerificationReport(problems, checkedItems);
    }

    private static void CheckTiles(string logDirectory, List<byte[]> entries, List<byte[]> leafHashes, long size,
        List<string> problems, List<string> checkedItems)
    {
        var expected = TileSet.For(entries, leafHashes, size);
        foreach (var (path, bytes) in expected)
        {
            var file = Path.Combine(logDirectory, path);
            if (!File.Exists(file)) { problems.Add($"{LogFolder}/{path} is missing"); continue; }
            var actual = File.ReadAllBytes(file);
            if (!actual.AsSpan().SequenceEqual(bytes))
                problems.Add($"{LogFolder}/{path}: {actual.Length} bytes with SHA-256 {Hex(SHA256.HashData(actual))}, expected {bytes.Length} bytes with {Hex(SHA256.HashData(bytes))}");
        }
        // Older partial tiles stay published; each must still be a prefix of the tile it grew into.
        var tileRoot = Path.Combine(logDirectory, "tile");
        if (Directory.Exists(tileRoot))
        {
            foreach (var file in Directory.EnumerateFiles(tileRoot, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var path = Path.GetRelativePath(logDirectory, file).Replace('\\', '/');
                if (expected.ContainsKey(path)) continue;
                var full = FullTileOf(path, expected);
                var actual = File.ReadAllBytes(file);
                if (full is null || actual.Length > full.Length || !full.AsSpan(0, actual.Length).SequenceEqual(actual))
                    problems.Add($"{LogFolder}/{path} is not part of the log's history (an old tile that was changed, or a stray file)");
            }
        }
        checkedItems.Add($"{expected.Count} tiles");
    }

    /// <summary>The bytes an older partial tile must be a prefix of: the current tile with the same level and index.</summary>
    private static byte[]? FullTileOf(string partialPath, SortedDictionary<string, byte[]> expected)
    {
        var cut = partialPath.IndexOf(".p/", StringComparison.Ordinal);
        if (cut < 0) return null;
        var stem = partialPath[..cut];
        return expected.FirstOrDefault(kv => kv.Key == stem || kv.Key.StartsWith(stem + ".p/", StringComparison.Ordinal)).Value;
    }

    private static void CheckRecords(string siteDirectory, List<byte[]> entries, List<string> problems, List<string> checkedItems)
    {
        var served = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            string path;
            try
            {
                using var json = JsonDocument.Parse(entries[i]);
                path = $"{RecordsFolder}/{json.RootElement.GetProperty("id").GetString()}/v{json.RootElement.GetProperty("version").GetInt32()}.json";
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                problems.Add($"entry {i} is not a publication record: {e.Message}");
                continue;
            }
            served.Add(path);
            var file = Path.Combine(siteDirectory, path);
            if (!File.Exists(file)) problems.Add($"{path} (entry {i}) is missing from the site");
            else if (!File.ReadAllBytes(file).AsSpan().SequenceEqual(entries[i]))
                problems.Add($"{path} differs from log entry {i}: SHA-256 {Hex(SHA256.HashData(File.ReadAllBytes(file)))}, logged {Hex(SHA256.HashData(entries[i]))}");
        }
        var recordsDirectory = Path.Combine(siteDirectory, RecordsFolder);
        if (Directory.Exists(recordsDirectory))
        {
            // Versioned records live one folder down (data/procedures/<id>/v<N>.json); data/procedures/<id>.json is the
            // current open-data record, which is not a log entry.
            foreach (var file in Directory.EnumerateFiles(recordsDirectory, "*.json", SearchOption.AllDirectories))
            {
                var path = Path.GetRelativePath(siteDirectory, file).Replace('\\', '/');
                if (!VersionedRecord().IsMatch(path)) continue;
                if (!served.Contains(path)) problems.Add($"{path} is served but is not in the log");
            }
        }
        checkedItems.Add($"{entries.Count} served records");
    }

    private static void CheckProofs(string siteDirectory, List<byte[]> entries, NoteVerifier verifier, List<string> problems, List<string> checkedItems)
    {
        var recordsDirectory = Path.Combine(siteDirectory, RecordsFolder);
        if (!Directory.Exists(recordsDirectory)) return;
        var count = 0;
        foreach (var file in Directory.EnumerateFiles(recordsDirectory, "*.tlog-proof", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var path = Path.GetRelativePath(siteDirectory, file).Replace('\\', '/');
            try
            {
                var proof = TlogProof.Parse(File.ReadAllText(file));
                if (proof.Index >= entries.Count) { problems.Add($"{path}: index {proof.Index} is beyond the log"); continue; }
                var record = Path.ChangeExtension(file, ".json");
                var entry = File.Exists(record) ? File.ReadAllBytes(record) : entries[(int)proof.Index];
                if (proof.Problem(entry, verifier) is { } problem) problems.Add($"{path}: {problem}");
                count++;
            }
            catch (FormatException e)
            {
                problems.Add($"{path}: {e.Message}");
            }
        }
        checkedItems.Add($"{count} inclusion proofs");
    }

    private static void CheckConsistency(string trustedNote, Checkpoint current, List<byte[]> leafHashes, NoteVerifier verifier,
        List<string> problems, List<string> checkedItems)
    {
        var (text, problem) = SignedNote.Open(trustedNote, verifier);
        if (text is null) { problems.Add($"trusted checkpoint: {problem}"); return; }
        Checkpoint trusted;
        try { trusted = Checkpoint.Parse(text); }
        catch (FormatException e) { problems.Add($"trusted checkpoint: {e.Message}"); return; }
        if (trusted.Origin != current.Origin) { problems.Add($"trusted checkpoint is for log '{trusted.Origin}', this site's log is '{current.Origin}'"); return; }
        if (trusted.Size > current.Size) { problems.Add($"the log shrank: trusted checkpoint has {trusted.Size} entries, the site has {current.Size}"); return; }
        var proof = MerkleTree.ConsistencyProof(leafHashes, trusted.Size, current.Size);
        if (!MerkleTree.VerifyConsistency(trusted.Size, current.Size, trusted.Root, current.Root, proof))
            problems.Add($"the history was rewritten: the first {trusted.Size} entries no longer hash to the trusted root {Hex(trusted.Root)}");
        else checkedItems.Add($"consistency with the trusted checkpoint of size {trusted.Size}");
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^data/procedures/[a-z0-9-]+/v[0-9]+\.json$")]
    private static partial System.Text.RegularExpressions.Regex VersionedRecord();

    private static string Hex(byte[] bytes) => Convert.ToHexString(bytes).ToLowerInvariant();
}
