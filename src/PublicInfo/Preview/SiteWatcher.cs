namespace PublicInfo.Preview;

/// <summary>Watches a site's input/, site/ and themes/ and calls back once per burst of changes.</summary>
/// <remarks>Editors' saves arrive as several events (temp file, rename, attribute change); a short quiet period
/// folds them into one rebuild.</remarks>
public sealed class SiteWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Timer _timer;
    private readonly TimeSpan _quiet;

    public SiteWatcher(string root, Action onChange, TimeSpan quiet)
    {
        _quiet = quiet;
        _timer = new Timer(_ => onChange(), null, Timeout.Infinite, Timeout.Infinite);
        foreach (var folder in new[] { "input", "site", "themes" })
        {
            var path = Path.Combine(root, folder);
            if (!Directory.Exists(path)) continue;
            var watcher = new FileSystemWatcher(path) { IncludeSubdirectories = true, EnableRaisingEvents = true };
            watcher.Changed += Touched;
            watcher.Created += Touched;
            watcher.Deleted += Touched;
            watcher.Renamed += Touched;
            _watchers.Add(watcher);
        }
    }

    private void Touched(object sender, FileSystemEventArgs e) => _timer.Change(_quiet, Timeout.InfiniteTimeSpan);

    public void Dispose()
    {
        foreach (var watcher in _watchers) watcher.Dispose();
        _timer.Dispose();
    }
}
