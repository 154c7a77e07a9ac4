using System.Collections.Concurrent;

namespace PublicInfo.Build;

/// <summary>
/// Values made from one guide's inputs (its search document, its open-data record…), kept by the build server from one
/// build to the next under the guide's inputs key (<see cref="GuidePageInputs.GuideKey"/>): a guide whose inputs did
/// not change gives the same value without making it again. Only the last committed build's values are kept (with, after
/// builds that stopped early, the values they did not reach), so guides that are gone drop out. Thread-safe.
/// </summary>
internal sealed class GuideMemo<T>
{
    private ConcurrentDictionary<string, (string Key, T Value)> _last = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, (string Key, T Value)> _current = new(StringComparer.Ordinal);

    /// <summary>Starts a build: what the last one made becomes what this one may take. A build that did not commit
    /// (<paramref name="lastCommitted"/> false: stopped by a newer save in preview, or failed) reached only some guides;
    /// the others keep the values of the build before, or the next build made them all again, took longer, and was the
    /// more likely to be stopped in its turn. After a committed build, a guide it did not reach is gone.</summary>
    public void NextBuild(bool lastCommitted)
    {
        if (!lastCommitted)
            foreach (var (id, kept) in _last) _current.TryAdd(id, kept);
        _last = _current;
        _current = new ConcurrentDictionary<string, (string Key, T Value)>(StringComparer.Ordinal);
    }

    /// <summary>The value the last build made for guide <paramref name="id"/> with inputs <paramref name="key"/>, or a
    /// new one from <paramref name="make"/>; a null key (inputs unknown) always makes a new one.</summary>
    public T Get(string id, string? key, Func<T> make)
    {
        if (key is not null && _last.TryGetValue(id, out var kept) && kept.Key == key)
        {
            _current[id] = kept;
            return kept.Value;
        }
        var value = make();
        if (key is not null) _current[id] = (key, value);
        return value;
    }
}
