using System.Globalization;
using System.Text;

namespace PublicInfo.Transparency;

/// <summary>A C2SP tlog-proof (<c>c2sp.org/tlog-proof@v1</c>): an entry's index, its inclusion proof, and the signed
/// checkpoint it proves against, verifiable offline.</summary>
public sealed record TlogProof(long Index, IReadOnlyList<byte[]> Hashes, string SignedCheckpoint)
{
    public const string Header = "c2sp.org/tlog-proof@v1";

    public string ToText()
    {
        var text = new StringBuilder();
        text.Append(Header).Append('\n').Append("index ").Append(Index.ToString(CultureInfo.InvariantCulture)).Append('\n');
        foreach (var hash in Hashes) text.Append(Convert.ToBase64String(hash)).Append('\n');
        return text.Append('\n').Append(SignedCheckpoint).ToString();
    }

    public static TlogProof Parse(string text)
    {
        var blank = text.IndexOf("\n\n", StringComparison.Ordinal);
        if (blank < 0) throw new FormatException("a tlog-proof has a blank line before its checkpoint");
        var lines = text[..blank].Split('\n');
        if (lines[0] != Header) throw new FormatException($"a tlog-proof starts with '{Header}'");
        var at = 1;
        if (at < lines.Length && lines[at].StartsWith("extra ", StringComparison.Ordinal)) at++; // opaque; not used here
        if (at >= lines.Length || !lines[at].StartsWith("index ", StringComparison.Ordinal)
            || !long.TryParse(lines[at][6..], NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            throw new FormatException("a tlog-proof names its entry with 'index N'");
        var hashes = lines[(at + 1)..].Select(line =>
        {
            var hash = Convert.FromBase64String(line);
            return hash.Length == MerkleTree.HashSize ? hash : throw new FormatException("a proof hash is not 32 bytes");
        }).ToList();
        return new TlogProof(index, hashes, text[(blank + 2)..]);
    }

    /// <summary>Checks the proof for <paramref name="entry"/> against its own checkpoint, signed by <paramref name="verifier"/>.</summary>
    public string? Problem(byte[] entry, NoteVerifier verifier)
    {
        var (body, problem) = SignedNote.Open(SignedCheckpoint, verifier);
        if (body is null) return problem;
        var checkpoint = Checkpoint.Parse(body);
        return MerkleTree.VerifyInclusion(Index, checkpoint.Size, MerkleTree.LeafHash(entry), Hashes, checkpoint.Root)
            ? null
            : $"the inclusion proof for index {Index} does not lead to the checkpoint's root";
    }
}
