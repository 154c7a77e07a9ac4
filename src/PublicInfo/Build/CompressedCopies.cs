namespace PublicInfo.Build;

/// <summary>
/// The .gz and .br copies of the search export's files made by the build server's last build, by file name with the
/// content they were made from: an unchanged file takes its copies from here, compared in memory, instead of reading
/// and hashing them from the last output (after a one-guide edit, nearly all of 1,800 files at 10,000 guides).
/// Filled once per build; read from many threads while the export compresses.
/// </summary>
internal sealed class CompressedCopies
{
    private IReadOnlyDictionary<string, (byte[] Content, int Quality, byte[] Gzip, byte[] Brotli)> _last =
        new Dictionary<string, (byte[], int, byte[], byte[])>();

    /// <summary>The copies of <paramref name="name"/> when the last build made them from the same bytes at the same Brotli quality.</summary>
    public (byte[] Gzip, byte[] Brotli)? Earlier(string name, byte[] content, int brotliQuality) =>
        _last.TryGetValue(name, out var made) && made.Quality == brotliQuality
        && (ReferenceEquals(made.Content, content) || made.Content.AsSpan().SequenceEqual(content))
            ? (made.Gzip, made.Brotli) : null;

    /// <summary>Keeps the copies of this build's export (its files and their <c>.gz</c> and <c>.br</c> copies).</summary>
    public void Remember(IReadOnlyList<(string Name, byte[] Bytes)> files, int brotliQuality)
    {
        var byName = files.ToDictionary(f => f.Name, f => f.Bytes, StringComparer.Ordinal);
        var made = new Dictionary<string, (byte[], int, byte[], byte[])>(StringComparer.Ordinal);
        foreach (var (name, content) in files)
            if (byName.TryGetValue(name + ".gz", out var gzip) && byName.TryGetValue(name + ".br", out var brotli))
                made[name] = (content, brotliQuality, gzip, brotli);
        _last = made;
    }
}
