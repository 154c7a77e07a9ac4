using System.Collections.Concurrent;

namespace PublicInfo.Content;

/// <summary>
/// What each input file parsed to, kept for the life of one process: on each save <c>preview</c> reads and parses only
/// the files that changed. Parsed content is immutable, so sharing it is safe.
/// </summary>
public sealed class ParseCache
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>The parse of the file at <paramref name="path"/>, replaying the diagnostics it reported. The file is read
    /// only when its size or write time changed, and parsed again only when its text or <paramref name="context"/>
    /// (other values the parse depends on) did.</summary>
    public T? GetOrParse<T>(string file, string path, string context, DiagnosticBag diagnostics, Func<string, DiagnosticBag, T?> parse)
        where T : class
    {
        var info = new FileInfo(path);
        var stamp = (info.Length, info.LastWriteTimeUtc);
        _entries.TryGetValue(file, out var entry);
        if (entry is not null && entry.Stamp == stamp && entry.Context == context) return Replay<T>(entry, diagnostics);
        var text = File.ReadAllText(path);
        if (entry is not null && entry.Context == context && string.Equals(entry.Text, text, StringComparison.Ordinal))
        {
            _entries[file] = entry with { Stamp = stamp };
            return Replay<T>(entry, diagnostics);
        }
        var own = new DiagnosticBag();
        var result = parse(text, own);
        var found = own.Sorted();
        foreach (var diagnostic in found) diagnostics.Add(diagnostic);
        _entries[file] = new Entry(stamp, text, context, result, found);
        return result;
    }

    private static T? Replay<T>(Entry entry, DiagnosticBag diagnostics) where T : class
    {
        foreach (var diagnostic in entry.Diagnostics) diagnostics.Add(diagnostic);
        return (T?)entry.Result;
    }

    private sealed record Entry((long Length, DateTime Written) Stamp, string Text, string Context, object? Result,
        IReadOnlyList<Diagnostic> Diagnostics);
}
