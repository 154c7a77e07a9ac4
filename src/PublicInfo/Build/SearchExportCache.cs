using System.Security.Cryptography;
using System.Text.Json;
using PublicInfo.Search;
using PublicInfo.Output;

namespace PublicInfo.Build;

/// <summary>
/// The search export the last build of an output folder wrote, keyed by everything it is made from: the guides as search
/// sees them, the synonyms and the tool's version. A build whose key is unchanged (a template, an office's opening hours,
/// a fee: nothing search reads) takes the export from the last output and keeps the saved Lucene index, instead of
/// indexing and exporting every guide again. Each file's hash guards against an output edited by hand.
/// </summary>
/// <remarks>Kept under <c>.publicinfo/cache/</c> beside the build cache; a new version of the tool starts afresh.</remarks>
public sealed class SearchExportCache
{
    private readonly Stored? _previous;
    private readonly string? _output;
    private Stored? _current;

    private SearchExportCache(Stored? previous, string? output) => (_previous, _output) = (previous, output);

    /// <summary>A cache that reuses nothing (a clean build, or no saved index to go with a reused export).</summary>
    public static SearchExportCache Empty() => new(null, null);

    public static string PathFor(string root, string output) => BuildCache.CacheEntry(root, output, "search-export", ".json");

    /// <summary>Loads what the last build of <paramref name="output"/> recorded; empty when missing, damaged or from another tool version.</summary>
    public static SearchExportCache Load(string path, string output)
    {
        try
        {
            if (File.Exists(path) && Directory.Exists(output)
                && JsonSerializer.Deserialize<Stored>(File.ReadAllBytes(path)) is { } stored && stored.Tool == BuildCache.ToolId)
                return new SearchExportCache(stored, output);
        }
        catch (JsonException)
        {
            // A damaged cache only costs a new index.
        }
        return Empty();
    }

    /// <summary>The cache the next build of <paramref name="output"/> starts from, as <see cref="Load"/> would read it
    /// back after <see cref="Save"/>: for the build server, whose saves wait until it is idle.</summary>
    public SearchExportCache Next(string output) => new(_current, output);

    /// <summary>True when this build took the export from the last output.</summary>
    public bool Reused { get; private set; }

    /// <summary>Files of this build's export whose .gz and .br copies were taken from the last output.</summary>
    public int CompressedCopiesReused => _taken.Count / 2;

    // The .gz and .br files given out by CompressedCopies: read and checked already, so the build links them unread.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _taken = new(StringComparer.Ordinal);

    /// <summary>The key of an export: a hash of the documents, the synonyms text and the tool's version.</summary>
    public static string KeyOf(IReadOnlyList<SearchDocument> documents, string synonyms)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(System.Text.Encoding.UTF8.GetBytes($"{BuildCache.ToolId}\n{synonyms.Length}:{synonyms}\n"));
        hash.AppendData(SearchDocumentHash.OfAll(documents));
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    /// <summary>The last export (its manifest's file name and every file of <paramref name="folder"/> in the output, by
    /// name) when its key is <paramref name="key"/> and all its files are intact; else null.</summary>
    public (string Manifest, IReadOnlyList<(string Name, byte[] Bytes)> Files)? TryReuse(string key, string folder)
    {
        if (_previous is null || _output is null || _previous.Key != key) return null;
        var files = new List<(string, byte[])>(_previous.Files.Count);
        foreach (var (name, expected) in _previous.Files)
        {
            var path = Path.Combine(_output, folder, name);
            if (!File.Exists(path)) return null;
            var bytes = File.ReadAllBytes(path);
            if (Hash(bytes) != expected) return null;
            files.Add((name, bytes));
        }
        Reused = true;
        _current = _previous;
        return (_previous.Manifest, files);
    }

    /// <summary>
    /// The .gz and .br copies of <paramref name="name"/> in the last output when its recorded bytes are
    /// <paramref name="content"/>, its copies were made at <paramref name="brotliQuality"/> and they are intact (each
    /// checked against its recorded hash, so a copy edited by hand is compressed again); else null.
    /// </summary>
    public (byte[] Gzip, byte[] Brotli)? CompressedCopies(string folder, string name, byte[] content, int brotliQuality)
    {
        if (_previous is null || _output is null || _previous.BrotliQuality != brotliQuality
            || !_previous.Files.TryGetValue(name, out var expected) || expected != Hash(content))
            return null;
        if (Intact(folder, name + ".gz") is not { } gzip || Intact(folder, name + ".br") is not { } brotli) return null;
        _taken[name + ".gz"] = true;
        _taken[name + ".br"] = true;
        return (gzip, brotli);
    }

    /// <summary>True when <paramref name="name"/> is a compressed copy that <see cref="CompressedCopies"/> took from the
    /// last output: its bytes are that file's, checked against its hash.</summary>
    public bool TookFromLastOutput(string name) => _taken.ContainsKey(name);

    private byte[]? Intact(string folder, string name)
    {
        if (!_previous!.Files.TryGetValue(name, out var expected)) return null;
        try
        {
            var bytes = File.ReadAllBytes(Path.Combine(_output!, folder, name));
            return Hash(bytes) == expected ? bytes : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>Records the export this build wrote, to be saved once the output is swapped in.</summary>
    public void Record(string key, string manifest, int brotliQuality, IEnumerable<(string Name, byte[] Bytes)> files) =>
        _current = new Stored(BuildCache.ToolId, key, manifest, brotliQuality,
            new SortedDictionary<string, string>(files.ToDictionary(f => f.Name, f => Hash(f.Bytes)), StringComparer.Ordinal));

    /// <summary>True when this build made or reused an export for the record to describe.</summary>
    public bool HasUnsavedChanges => _current is not null;

    /// <summary>Saves the record; called only after the output was swapped in.</summary>
    public void Save(string path)
    {
        if (!HasUnsavedChanges) return;
        AtomicFile.Write(path, JsonSerializer.SerializeToUtf8Bytes(_current));
    }

    private static string Hash(byte[] bytes) => Convert.ToHexString(SHA256.HashData(bytes));

    private sealed record Stored(string Tool, string Key, string Manifest, int BrotliQuality, IReadOnlyDictionary<string, string> Files);
}
