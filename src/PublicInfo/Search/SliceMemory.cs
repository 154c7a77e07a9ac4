using System.Collections.Concurrent;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace PublicInfo.Search;

/// <summary>
/// The search index's slice segments kept in memory by a process that builds again and again (the build server), by
/// the name of their folder in the <see cref="SearchSliceStore"/>. A segment kept here is only read (appended to each
/// build's index), never written, and is closed when a build no longer uses it. Thread-safe.
/// </summary>
public sealed class SliceMemory
{
    private readonly ConcurrentDictionary<string, RAMDirectory> _segments = new(StringComparer.Ordinal);

    internal RAMDirectory? TryGet(string name) => _segments.GetValueOrDefault(name);

    /// <summary>Keeps <paramref name="segment"/> under <paramref name="name"/> (closing one kept before) and returns it.</summary>
    internal RAMDirectory Keep(string name, RAMDirectory segment)
    {
        var kept = _segments.AddOrUpdate(name, segment, (_, old) =>
        {
            if (!ReferenceEquals(old, segment)) old.Dispose();
            return segment;
        });
        return kept;
    }

    internal bool Holds(LuceneDirectory segment) => segment is RAMDirectory ram && _segments.Values.Any(s => ReferenceEquals(s, ram));

    /// <summary>Closes and forgets every segment not named in <paramref name="used"/>.</summary>
    internal void KeepOnly(IEnumerable<string> used)
    {
        var names = used.ToHashSet(StringComparer.Ordinal);
        foreach (var name in _segments.Keys.Where(n => !names.Contains(n)).ToList())
            if (_segments.TryRemove(name, out var segment)) segment.Dispose();
    }
}
