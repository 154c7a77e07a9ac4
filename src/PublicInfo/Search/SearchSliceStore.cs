using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace PublicInfo.Search;

/// <summary>
/// Lucene segments of earlier builds on disk, one folder per slice of guides, named by a hash of those guides as
/// search sees them (and of the tool's version, whose analysis made the segment). After a one-guide edit the other
/// slices' segments are copied in instead of analysing their guides again.
/// </summary>
/// <remarks>A folder appears whole or not at all (written under a temporary name, then renamed); slices not used by
/// the latest build are removed by <see cref="Prune"/>. A process that builds again and again (the build server) also
/// keeps the segments in memory (<see cref="SliceMemory"/>): reading 40 segments back from disk, a kilobyte at a time,
/// was a good part of each build's indexing.</remarks>
public sealed class SearchSliceStore
{
    private readonly string _folder;
    private readonly string _tool;
    private readonly bool _reuse;
    private readonly SliceMemory? _memory;
    private readonly ConcurrentDictionary<string, bool> _used = new(StringComparer.Ordinal);
    private int _reused;

    /// <param name="folder">Where the slices live (created when needed).</param>
    /// <param name="tool">The tool's version: a segment analysed by another version is never reused.</param>
    /// <param name="reuse">False to index every slice afresh (<c>build --clean</c>) and only keep them for the next build.</param>
    /// <param name="memory">Segments kept in memory from build to build, by folder name; null reads them from disk.</param>
    public SearchSliceStore(string folder, string tool, bool reuse = true, SliceMemory? memory = null) =>
        (_folder, _tool, _reuse, _memory) = (folder, tool, reuse, memory);

    /// <summary>Slices taken from the store in this build.</summary>
    public int Reused => _reused;

    /// <summary>The key of a slice: a hash of its guides, in order.</summary>
    public static string KeyOf(IReadOnlyList<SearchDocument> slice) => Convert.ToHexStringLower(SearchDocumentHash.OfAll(slice))[..32];

    /// <summary>The kept segment of the slice <paramref name="key"/> (with this tool's version), or null.</summary>
    /// <remarks>The caller gives it back with <see cref="Release"/>.</remarks>
    public LuceneDirectory? TryOpen(string key)
    {
        var path = PathOf(key);
        if (!_reuse) return null;
        if (_memory?.TryGet(Path.GetFileName(path)) is { } kept)
        {
            Interlocked.Increment(ref _reused);
            return kept;
        }
        if (!System.IO.Directory.Exists(path)) return null;
        Interlocked.Increment(ref _reused);
        var onDisk = new SimpleFSDirectory(new DirectoryInfo(path));
        if (_memory is null) return onDisk;
        using (onDisk) return _memory.Keep(Path.GetFileName(path), new RAMDirectory(onDisk, IOContext.DEFAULT));
    }

    /// <summary>Gives back a segment of <see cref="TryOpen"/> or <see cref="Keep"/>: closed unless kept in memory.</summary>
    public void Release(LuceneDirectory segment)
    {
        if (_memory?.Holds(segment) != true) segment.Dispose();
    }

    /// <summary>Keeps <paramref name="slice"/>'s files as the slice <paramref name="key"/>.</summary>
    public void Keep(string key, LuceneDirectory slice)
    {
        var path = PathOf(key);
        if (System.IO.Directory.Exists(path)) System.IO.Directory.Delete(path, recursive: true); // a clean build replaces it
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        using (var target = new SimpleFSDirectory(new DirectoryInfo(temporary)))
            foreach (string file in slice.ListAll())
                slice.Copy(target, file, file, IOContext.DEFAULT);
        try
        {
            System.IO.Directory.Move(temporary, path);
        }
        catch (IOException) when (System.IO.Directory.Exists(path))
        {
            System.IO.Directory.Delete(temporary, recursive: true); // another build kept the same slice first
        }
        if (slice is RAMDirectory inMemory) _memory?.Keep(Path.GetFileName(path), inMemory);
    }

    /// <summary>Removes slices (and leftovers of interrupted writes) that this build did not use.</summary>
    public void Prune()
    {
        _memory?.KeepOnly(_used.Keys);
        if (!System.IO.Directory.Exists(_folder)) return;
        foreach (var folder in System.IO.Directory.GetDirectories(_folder))
            if (!_used.ContainsKey(Path.GetFileName(folder))) System.IO.Directory.Delete(folder, recursive: true);
    }

    /// <summary>The slice's folder, marked as used by this build.</summary>
    private string PathOf(string key)
    {
        var name = $"{_tool[..Math.Min(12, _tool.Length)]}-{key}";
        _used[name] = true;
        return Path.Combine(_folder, name);
    }
}
