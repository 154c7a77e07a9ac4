namespace PublicInfo.Build;

/// <summary>
/// The caches a build would write to disk, held back until the process has time for them (the build server: when no
/// build has come for a few seconds, and before it exits). Writing them is for a later process only, since this one
/// keeps them in memory; after a one-guide edit of 10,000 guides it was about 0.4 s of each build (the parse cache alone
/// is tens of megabytes). Each file keeps only its latest save: a build registers a save only when it has something to
/// write, and the save writes that build's state, which a later build that registered nothing left as it was.
/// Not thread-safe: builds and saves take turns.
/// </summary>
public sealed class DeferredSaves
{
    // A save that replaces another keeps its place.
    private readonly OrderedDictionary<string, Action> _pending = new(StringComparer.Ordinal);

    /// <summary>True when something is waiting to be written.</summary>
    public bool Pending => _pending.Count > 0;

    /// <summary>Holds <paramref name="save"/> back, in place of any save waiting for the same <paramref name="path"/>.</summary>
    public void Defer(string path, Action save) => _pending[path] = save;

    /// <summary>Writes everything held back, in the order first registered; a save that fails is reported and the rest
    /// still run (a cache that is not written only costs the next fresh process some work).</summary>
    /// <returns>One line for each save that failed.</returns>
    public IReadOnlyList<string> Flush()
    {
        var failures = new List<string>();
        foreach (var (path, save) in _pending)
        {
            try
            {
                save();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                failures.Add($"{path}: {e.Message}");
            }
        }
        _pending.Clear();
        return failures;
    }
}
