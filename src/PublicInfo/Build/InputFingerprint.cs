using System.Security.Cryptography;

namespace PublicInfo.Build;

/// <summary>A content hash of every file a build reads (site/, input/, themes/), by relative path.</summary>
public static class InputFingerprint
{
    private static readonly string[] Folders = ["site", "input", "themes"];

    public static SortedDictionary<string, string> Compute(string root) => Compute(root, known: null);

    /// <param name="known">The hashes of the last fingerprint of this process (the build server): a file whose size and
    /// time are as they were then is not read again. Updated to this fingerprint.</param>
    internal static SortedDictionary<string, string> Compute(string root, KnownHashes? known)
    {
        root = Path.GetFullPath(root);
        var started = DateTime.UtcNow;
        var files = Folders.Select(f => new DirectoryInfo(Path.Combine(root, f))).Where(d => d.Exists)
            .SelectMany(d => d.EnumerateFiles("*", SearchOption.AllDirectories))
            .Select(f => (Info: f, Path: Path.GetRelativePath(root, f.FullName).Replace('\\', '/')))
            .Where(f => !f.Path.Split('/').Any(part => part.StartsWith('.')))
            .ToArray();
        var hashes = new string[files.Length];
        Parallel.For(0, files.Length, i => hashes[i] = known?.Unchanged(files[i].Path, files[i].Info)
            ?? Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(files[i].Info.FullName))));
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < files.Length; i++) result[files[i].Path] = hashes[i];
        known?.Remember(files.Select((f, i) => (f.Path, f.Info, hashes[i])), started);
        return result;
    }

    /// <summary>
    /// Each input file's hash with the size and time it had when hashed. A file is trusted unread only when its size and
    /// time are unchanged and that time was at least <see cref="Margin"/> before the fingerprint that hashed it started:
    /// file times are coarse (a few milliseconds), so a file written twice within one tick, the second time just after
    /// it was hashed, keeps its time; such a recently written file is hashed again (git's "racily clean" entries).
    /// </summary>
    internal sealed class KnownHashes
    {
        private static readonly TimeSpan Margin = TimeSpan.FromSeconds(2);

        private Dictionary<string, (long Length, DateTime Written, string Hash)> _files = new(StringComparer.Ordinal);

        public string? Unchanged(string path, FileInfo file) =>
            _files.TryGetValue(path, out var known) && known.Length == file.Length && known.Written == file.LastWriteTimeUtc
                ? known.Hash
                : null;

        public void Remember(IEnumerable<(string Path, FileInfo File, string Hash)> files, DateTime started)
        {
            var trusted = new Dictionary<string, (long, DateTime, string)>(StringComparer.Ordinal);
            foreach (var (path, file, hash) in files)
                if (file.LastWriteTimeUtc < started - Margin) trusted[path] = (file.Length, file.LastWriteTimeUtc, hash);
            _files = trusted;
        }
    }
}
