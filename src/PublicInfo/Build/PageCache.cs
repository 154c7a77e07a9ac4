using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json;

namespace PublicInfo.Build;

/// <summary>
/// The pages the last build of an output folder wrote, each with its <see cref="Rendering.PageKey"/> and the hash of its
/// bytes. A page whose key is unchanged is copied from the output instead of rendered; the hash guards against an
/// output edited or damaged by hand (such a page is simply rendered again).
/// </summary>
/// <remarks>Kept under <c>.publicinfo/cache/</c> beside the build cache; a new version of the tool starts afresh.</remarks>
public sealed class PageCache
{
    private readonly IReadOnlyDictionary<string, Entry> _previous;
    private readonly string? _output;
    private readonly ConcurrentDictionary<string, Entry> _current = new(StringComparer.Ordinal);
    private int _rendered;
    private int _reused;

    private PageCache(IReadOnlyDictionary<string, Entry> previous, string? output)
    {
        _previous = previous;
        _output = output;
    }

    /// <summary>A cache that reuses nothing (a clean build).</summary>
    public static PageCache Empty() => new(new Dictionary<string, Entry>(), null);

    public static string PathFor(string root, string output) =>
        BuildCache.CacheEntry(root, output, "pages", ".json");

    /// <summary>Loads what the last build of <paramref name="output"/> recorded; empty when missing, damaged or from another tool version.</summary>
    public static PageCache Load(string path, string output)
    {
        try
        {
            if (File.Exists(path) && Directory.Exists(output)
                && JsonSerializer.Deserialize<Stored>(File.ReadAllBytes(path)) is { } stored && stored.Tool == BuildCache.ToolId)
                return new PageCache(stored.Pages, output);
        }
        catch (JsonException)
        {
            // A damaged cache only costs a full render.
        }
        return Empty();
    }

    public int Rendered => _rendered;
    public int Reused => _reused;

    /// <summary>The page's bytes: from the last build when its key is unchanged and the file is intact (<c>Reused</c>),
    /// else from <paramref name="render"/>.</summary>
    /// <param name="inputs">The page's inputs key (<see cref="GuidePageInputs"/>), recorded for the next build; null when it has none.</param>
    public (byte[] Bytes, bool Reused) GetOrRender(string outputPath, string key, Func<byte[]> render, string? inputs = null)
    {
        var bytes = TryReuse(outputPath, key);
        var reused = bytes is not null;
        if (bytes is null)
        {
            bytes = render();
            Interlocked.Increment(ref _rendered);
        }
        else Interlocked.Increment(ref _reused);
        _current[outputPath] = new Entry(key, Hash(bytes), inputs);
        return (bytes, reused);
    }

    /// <summary>The page's bytes from the last build when it was made from the same <paramref name="inputs"/> and the
    /// file is intact; null otherwise (then the caller builds its view and asks <see cref="GetOrRender"/>).</summary>
    public byte[]? TryReuseByInputs(string outputPath, string inputs)
    {
        if (!_previous.TryGetValue(outputPath, out var entry) || entry.Inputs != inputs) return null;
        var bytes = TryReuse(outputPath, entry.Key);
        if (bytes is null) return null;
        Interlocked.Increment(ref _reused);
        _current[outputPath] = entry;
        return bytes;
    }

    /// <summary>Records this build's pages; called only after the output was swapped in.</summary>
    public void Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var stored = new Stored(BuildCache.ToolId, new SortedDictionary<string, Entry>(_current, StringComparer.Ordinal));
        var temporary = path + ".tmp";
        File.WriteAllBytes(temporary, JsonSerializer.SerializeToUtf8Bytes(stored));
        File.Move(temporary, path, overwrite: true);
    }

    private byte[]? TryReuse(string outputPath, string key)
    {
        if (_output is null || !_previous.TryGetValue(outputPath, out var entry) || entry.Key != key) return null;
        var file = Path.Combine(_output, outputPath);
        if (!File.Exists(file)) return null;
        var bytes = File.ReadAllBytes(file);
        return Hash(bytes) == entry.Hash ? bytes : null;
    }

    private static string Hash(byte[] bytes) => Convert.ToHexString(SHA256.HashData(bytes));

    /// <param name="Key">The page's view key (<see cref="Rendering.PageKey"/>).</param>
    /// <param name="Hash">SHA-256 of the page's bytes.</param>
    /// <param name="Inputs">The page's inputs key, for pages that have one (<see cref="GuidePageInputs"/>).</param>
    public sealed record Entry(string Key, string Hash, string? Inputs = null);

    private sealed record Stored(string Tool, IReadOnlyDictionary<string, Entry> Pages);
}
