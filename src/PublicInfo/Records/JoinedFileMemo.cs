using System.Collections.Concurrent;

namespace PublicInfo.Records;

/// <summary>
/// Files joined from many parts (data/procedures.json, the CSV files, the HSDS tables, the sitemap) kept by the build
/// server from one build to the next with the parts they were joined from: when every part equals the last build's, in
/// the same order, the file is the last build's very array, which the output then links unread. After an edit of one
/// guide's body, the CSV files and HSDS tables (which hold no body) are equal; joining them and comparing them with the
/// last output again was 60 MB of arrays and strings per build at 10,000 guides. Parts are compared by reference before
/// their content. Thread-safe for different files (the open data and the sitemap are made at once).
/// </summary>
public sealed class JoinedFileMemo
{
    private readonly ConcurrentDictionary<string, (Array Parts, byte[] Bytes)> _files = new(StringComparer.Ordinal);

    /// <summary>The file <paramref name="name"/>: the last one made from equal <paramref name="parts"/>, else made by
    /// <paramref name="join"/> and kept.</summary>
    /// <param name="parts">What the file is made of, in order, including anything besides the guides' parts (a head).</param>
    /// <param name="same">Whether two parts give the same bytes.</param>
    public byte[] Get<T>(string name, T[] parts, Func<T, T, bool> same, Func<byte[]> join)
    {
        if (_files.TryGetValue(name, out var last) && last.Parts is T[] earlier && earlier.Length == parts.Length)
        {
            var equal = true;
            for (var i = 0; i < parts.Length && equal; i++) equal = same(earlier[i], parts[i]);
            if (equal) return last.Bytes;
        }
        var bytes = join();
        _files[name] = (parts, bytes);
        return bytes;
    }

    /// <summary>Two texts, by reference first.</summary>
    public static bool SameText(string a, string b) => ReferenceEquals(a, b) || string.Equals(a, b, StringComparison.Ordinal);

    /// <summary>Two byte arrays, by reference first.</summary>
    public static bool SameBytes(byte[] a, byte[] b) => ReferenceEquals(a, b) || a.AsSpan().SequenceEqual(b);
}
