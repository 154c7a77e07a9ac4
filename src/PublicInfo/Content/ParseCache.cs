using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace PublicInfo.Content;

/// <summary>
/// What each input file parsed to. Inside one process (<c>preview</c>) the parse itself is kept: on each save only the
/// files that changed are read and parsed again. Between processes (<c>build</c>) the cache is a file of every parse
/// as JSON, keyed by a hash of the file's text: reading 10,000 guides back from it takes a fraction of parsing their
/// YAML again, which is most of what checking them costs. Parsed content is immutable, so sharing it is safe.
/// </summary>
public sealed class ParseCache
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly IReadOnlyDictionary<string, SavedParse> _saved;
    private readonly ConcurrentDictionary<string, SavedParse>? _toSave;
    private int _parsed;

    /// <summary>A cache for this process only (<c>preview</c>).</summary>
    public ParseCache() : this(new Dictionary<string, SavedParse>(), persistent: false)
    {
    }

    private ParseCache(IReadOnlyDictionary<string, SavedParse> saved, bool persistent)
    {
        _saved = saved;
        _toSave = persistent ? new ConcurrentDictionary<string, SavedParse>(StringComparer.Ordinal) : null;
    }

    /// <summary>A cache that starts from the parses saved at <paramref name="path"/> (none when missing, damaged or
    /// written by another version of the tool) and can be saved there again.</summary>
    public static ParseCache Load(string path, string tool)
    {
        try
        {
            if (File.Exists(path)) return new ParseCache(ParseCacheFile.Read(path, tool), persistent: true);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or ArgumentException or UnauthorizedAccessException)
        {
            // A damaged cache only costs parsing everything again.
        }
        return new ParseCache(new Dictionary<string, SavedParse>(), persistent: true);
    }

    /// <summary>Files parsed (not taken from the cache) since this cache was made.</summary>
    public int Parsed => _parsed;

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
        var hash = _toSave is null ? "" : HashOf(text);
        if (_toSave is not null && _saved.TryGetValue(file, out var saved) && saved.Hash == hash && saved.Context == context
            && TryRestore<T>(saved, out var restored))
        {
            _toSave[file] = saved;
            return Keep(file, stamp, text, context, restored, saved.Diagnostics, diagnostics);
        }
        var own = new DiagnosticBag();
        var result = parse(text, own);
        Interlocked.Increment(ref _parsed);
        var found = own.Sorted();
        if (_toSave is not null)
            _toSave[file] = new SavedParse(hash, context, result is null ? null : JsonSerializer.SerializeToUtf8Bytes(result, Json), found);
        return Keep(file, stamp, text, context, result, found, diagnostics);
    }

    /// <summary>Saves the parses of this run's files (and only those) when any differs from what was loaded.</summary>
    public void Save(string path, string tool)
    {
        if (_toSave is null) return;
        if (_parsed == 0 && _toSave.Count == _saved.Count && _toSave.Keys.All(_saved.ContainsKey)) return;
        ParseCacheFile.Write(path, tool, new SortedDictionary<string, SavedParse>(_toSave, StringComparer.Ordinal));
    }

    private T? Keep<T>(string file, (long, DateTime) stamp, string text, string context, T? result,
        IReadOnlyList<Diagnostic> found, DiagnosticBag diagnostics) where T : class
    {
        foreach (var diagnostic in found) diagnostics.Add(diagnostic);
        // A build process reads each file once: keeping its text too would only cost memory.
        _entries[file] = new Entry(stamp, _toSave is null ? text : null, context, result, found);
        return result;
    }

    /// <summary>The saved result, or false when its JSON is damaged (the file is then parsed again).</summary>
    private static bool TryRestore<T>(SavedParse saved, out T? result) where T : class
    {
        result = null;
        if (saved.Result is null) return true;
        try
        {
            result = JsonSerializer.Deserialize<T>(saved.Result, Json);
            return result is not null;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string HashOf(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static T? Replay<T>(Entry entry, DiagnosticBag diagnostics) where T : class
    {
        foreach (var diagnostic in entry.Diagnostics) diagnostics.Add(diagnostic);
        return (T?)entry.Result;
    }

    private sealed record Entry((long Length, DateTime Written) Stamp, string? Text, string Context, object? Result,
        IReadOnlyList<Diagnostic> Diagnostics);
}

/// <summary>One file's parse as the on-disk cache keeps it: the text's hash, the context, the result as JSON (null when
/// the file did not parse) and the diagnostics the parse reported.</summary>
internal sealed record SavedParse(string Hash, string Context, byte[]? Result, IReadOnlyList<Diagnostic> Diagnostics);
