using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json;
using PublicInfo.Output;

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

    /// <summary>The page: from the last build when its key is unchanged and the file is intact, else from
    /// <paramref name="render"/>.</summary>
    /// <param name="outputPath">The page's path in the output.</param>
    /// <param name="key">The page's view key.</param>
    /// <param name="render">Makes the page's bytes, called only when it cannot be reused.</param>
    /// <param name="inputs">The page's inputs key (<see cref="GuidePageInputs"/>), recorded for the next build; null when it has none.</param>
    public MadePage GetOrRender(string outputPath, string key, Func<byte[]> render, string? inputs = null)
    {
        if (Reuse(outputPath, key, inputs) is { } reused) return reused;
        Interlocked.Increment(ref _rendered);
        var bytes = render();
        _current[outputPath] = new Entry(key, Hash(bytes), inputs);
        return new MadePage(bytes, bytes.Length, null);
    }

    /// <summary>The page from the last build when it was made from the same <paramref name="inputs"/> and the file is
    /// intact; null otherwise (then the caller builds its view and asks <see cref="GetOrRender"/>).</summary>
    public MadePage? TryReuseByInputs(string outputPath, string inputs) =>
        _previous.TryGetValue(outputPath, out var entry) && entry.Inputs == inputs ? Reuse(outputPath, entry.Key, inputs) : null;

    /// <summary>Records where a page of this build was written (its size and time), so that the next build can trust
    /// the file without reading it.</summary>
    public void Stamp(string outputPath, FileInfo written)
    {
        if (_current.TryGetValue(outputPath, out var entry) && written.Exists)
            _current[outputPath] = entry with { Length = written.Length, WrittenTicks = written.LastWriteTimeUtc.Ticks };
    }

    /// <summary>The cache the next build of <paramref name="output"/> starts from, as <see cref="Load"/> would read it
    /// back after <see cref="Save"/> (also when this one started empty): for the build server, which would otherwise
    /// parse 20,000 entries of JSON per build.</summary>
    public PageCache Next(string output) => new(new Dictionary<string, Entry>(_current, StringComparer.Ordinal), output);

    /// <summary>Records this build's pages; called only after the output was swapped in.</summary>
    public void Save(string path)
    {
        var stored = new Stored(BuildCache.ToolId, new SortedDictionary<string, Entry>(_current, StringComparer.Ordinal));
        AtomicFile.Write(path, JsonSerializer.SerializeToUtf8Bytes(stored));
    }

    /// <summary>The last output's page when its key is <paramref name="key"/> and its file is as that build left it.
    /// A file with the size and time recorded then is trusted without reading it (as git trusts its index): reading
    /// and hashing 20,000 pages was a good part of a one-guide build. Any other file is read and checked against the
    /// recorded hash, so an output edited by hand is rendered again.</summary>
    private MadePage? Reuse(string outputPath, string key, string? inputs)
    {
        if (_output is null || !_previous.TryGetValue(outputPath, out var entry) || entry.Key != key) return null;
        var file = Path.Combine(_output, outputPath);
        var info = new FileInfo(file);
        if (!info.Exists) return null;
        MadePage page;
        if (entry.Length == info.Length && entry.WrittenTicks == info.LastWriteTimeUtc.Ticks)
            page = new MadePage(null, info.Length, file);
        else
        {
            var bytes = File.ReadAllBytes(file);
            if (Hash(bytes) != entry.Hash) return null;
            page = new MadePage(bytes, bytes.Length, file);
            entry = entry with { Length = info.Length, WrittenTicks = info.LastWriteTimeUtc.Ticks };
        }
        Interlocked.Increment(ref _reused);
        _current[outputPath] = entry with { Inputs = inputs };
        return page;
    }

    private static string Hash(byte[] bytes) => Convert.ToHexString(SHA256.HashData(bytes));

    /// <param name="Key">The page's view key (<see cref="Rendering.PageKey"/>).</param>
    /// <param name="Hash">SHA-256 of the page's bytes.</param>
    /// <param name="Inputs">The page's inputs key, for pages that have one (<see cref="GuidePageInputs"/>).</param>
    /// <param name="Length">The written file's size (-1 until it was written).</param>
    /// <param name="WrittenTicks">The written file's last write time, UTC ticks.</param>
    public sealed record Entry(string Key, string Hash, string? Inputs = null, long Length = -1, long WrittenTicks = 0);

    /// <summary>A page of this build: its bytes, or (reused and trusted unread) the last output's file that holds them.</summary>
    /// <param name="Bytes">Null only when <paramref name="Previous"/> holds the page and was not read.</param>
    /// <param name="Length">The page's size in bytes.</param>
    /// <param name="Previous">The last output's file of a reused page; null for a rendered one.</param>
    public sealed record MadePage(byte[]? Bytes, long Length, string? Previous)
    {
        public bool Reused => Previous is not null;

        /// <summary>The page's bytes, read from the last output when they were not read yet.</summary>
        public byte[] ReadBytes() => Bytes ?? File.ReadAllBytes(Previous!);
    }

    private sealed record Stored(string Tool, IReadOnlyDictionary<string, Entry> Pages);
}
