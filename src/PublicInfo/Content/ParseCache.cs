using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json;

namespace PublicInfo.Content;

/// <summary>
/// What each input file parsed to. Inside one process (<c>preview</c>) the parse itself is kept: on each save only the
/// files that changed are read and parsed again. Between processes (<c>build</c>) the cache is a file of every parse
/// as JSON, keyed by a hash of the file's bytes: reading 10,000 guides back from it takes a fraction of parsing their
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
    private readonly IReadOnlyDictionary<string, string>? _fileHashes;
    private readonly IReadOnlyDictionary<string, Entry> _kept;
    private int _parsed;

    /// <summary>A cache for this process only (<c>preview</c>).</summary>
    public ParseCache() : this(new Dictionary<string, SavedParse>(), persistent: false, fileHashes: null)
    {
    }

    private ParseCache(IReadOnlyDictionary<string, SavedParse> saved, bool persistent, IReadOnlyDictionary<string, string>? fileHashes,
        IReadOnlyDictionary<string, Entry>? kept = null)
    {
        _saved = saved;
        _toSave = persistent ? new ConcurrentDictionary<string, SavedParse>(StringComparer.Ordinal) : null;
        _fileHashes = fileHashes;
        _kept = kept ?? new Dictionary<string, Entry>();
    }

    /// <summary>A cache that starts from the parses saved at <paramref name="path"/> (none when missing, damaged or
    /// written by another version of the tool) and can be saved there again.</summary>
    /// <param name="fileHashes">SHA-256 (hex) of each file's bytes by root-relative path, as the build has already
    /// computed them (<c>InputFingerprint</c>): a file whose parse is restored is then not read at all. Files missing
    /// here are read and hashed.</param>
    public static ParseCache Load(string path, string tool, IReadOnlyDictionary<string, string>? fileHashes = null)
    {
        try
        {
            if (File.Exists(path)) return new ParseCache(ParseCacheFile.Read(path, tool), persistent: true, fileHashes);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or FormatException or ArgumentException or UnauthorizedAccessException)
        {
            // A damaged cache only costs parsing everything again.
        }
        return new ParseCache(new Dictionary<string, SavedParse>(), persistent: true, fileHashes);
    }

    /// <summary>The cache for the next build of a process that builds again and again (the build server): the parses of
    /// this build stay in memory, and each file whose bytes still hash as they did (by <paramref name="fileHashes"/>,
    /// the next build's) is neither read nor restored from JSON. The parses also carry over for saving.</summary>
    /// <exception cref="InvalidOperationException">This cache is not one saved between builds (<see cref="Load"/>).</exception>
    public ParseCache Next(IReadOnlyDictionary<string, string> fileHashes)
    {
        if (_toSave is null) throw new InvalidOperationException("only a cache loaded with ParseCache.Load carries over to the next build");
        // Files this build did not reach (it stopped early) keep the parse it loaded; deleted files drop out.
        var saved = _saved.Where(s => fileHashes.ContainsKey(s.Key)).ToDictionary(StringComparer.Ordinal);
        foreach (var (file, parse) in _toSave) saved[file] = parse;
        return new ParseCache(saved, persistent: true, fileHashes, _entries.Where(e => e.Value.Saved is not null).ToDictionary(StringComparer.Ordinal));
    }

    /// <summary>Files parsed (not taken from the cache) since this cache was made.</summary>
    public int Parsed => _parsed;

    /// <summary>The parse of the file at <paramref name="path"/>, replaying the diagnostics it reported. It is parsed
    /// again only when its text or <paramref name="context"/> (other values the parse depends on) changed.</summary>
    public T? GetOrParse<T>(string file, string path, string context, DiagnosticBag diagnostics, Func<string, DiagnosticBag, T?> parse)
        where T : class
    {
        // A build's cache is made for one build, and the build's fingerprint has just hashed the file: its hash decides,
        // without asking the file system for the file's size and time again (10,000 stat calls per build).
        if (_toSave is not null && _fileHashes?.GetValueOrDefault(file) is { } hash)
            return RestoreOrParse(file, path, default, hash, context, _toSave, diagnostics, parse);
        var info = new FileInfo(path);
        var stamp = (info.Length, info.LastWriteTimeUtc);
        _entries.TryGetValue(file, out var entry);
        if (entry is not null && entry.Stamp == stamp && entry.Context == context) return Replay<T>(entry, diagnostics);
        return _toSave is null
            ? ParseInProcess(file, path, stamp, entry, context, diagnostics, parse)
            : RestoreOrParse(file, path, stamp, Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path))), context, _toSave, diagnostics, parse);
    }

    /// <summary><c>preview</c>: a file whose time changed but whose text did not keeps its parse.</summary>
    private T? ParseInProcess<T>(string file, string path, (long, DateTime) stamp, Entry? entry, string context,
        DiagnosticBag diagnostics, Func<string, DiagnosticBag, T?> parse) where T : class
    {
        var text = File.ReadAllText(path);
        if (entry is not null && entry.Context == context && string.Equals(entry.Text, text, StringComparison.Ordinal))
        {
            _entries[file] = entry with { Stamp = stamp };
            return Replay<T>(entry, diagnostics);
        }
        var (result, found) = Parse(text, parse);
        return Keep(file, stamp, text, context, result, found, diagnostics);
    }

    /// <summary><c>build</c>: the saved parse when the file's bytes hash as they did, else a new parse, kept for saving.</summary>
    /// <param name="hash">SHA-256 (hex) of the file's bytes.</param>
    private T? RestoreOrParse<T>(string file, string path, (long, DateTime) stamp, string hash, string context,
        ConcurrentDictionary<string, SavedParse> toSave, DiagnosticBag diagnostics, Func<string, DiagnosticBag, T?> parse) where T : class
    {
        if (_kept.TryGetValue(file, out var kept) && kept.Saved is { } same && same.Hash == hash && same.Context == context)
        {
            toSave[file] = same;
            return Keep(file, stamp, null, context, (T?)kept.Result, kept.Diagnostics, diagnostics, same);
        }
        if (_saved.TryGetValue(file, out var saved) && saved.Hash == hash && saved.Context == context
            && TryRestore<T>(saved, out var restored))
        {
            toSave[file] = saved;
            return Keep(file, stamp, null, context, restored, saved.Diagnostics, diagnostics, saved);
        }
        var (result, found) = Parse(File.ReadAllText(path), parse);
        // The cast matters: null converts to ReadOnlyMemory<byte> too (through byte[]), as an empty result, not a missing one.
        var json = result is null ? (ReadOnlyMemory<byte>?)null : JsonSerializer.SerializeToUtf8Bytes(result, Json);
        var parsed = new SavedParse(hash, context, json, found);
        toSave[file] = parsed;
        // A build process reads each file once: keeping its text too would only cost memory.
        return Keep(file, stamp, null, context, result, found, diagnostics, parsed);
    }

    private (T? Result, IReadOnlyList<Diagnostic> Found) Parse<T>(string text, Func<string, DiagnosticBag, T?> parse) where T : class
    {
        var own = new DiagnosticBag();
        var result = parse(text, own);
        Interlocked.Increment(ref _parsed);
        return (result, own.Sorted());
    }

    /// <summary>True when this run's parses differ from what was loaded (a file was parsed, added or removed).</summary>
    public bool HasUnsavedChanges =>
        _toSave is not null && (_parsed != 0 || _toSave.Count != _saved.Count || !_toSave.Keys.All(_saved.ContainsKey));

    /// <summary>Saves the parses of this run's files (and only those) when any differs from what was loaded.</summary>
    public void Save(string path, string tool)
    {
        if (!HasUnsavedChanges) return;
        ParseCacheFile.Write(path, tool, new SortedDictionary<string, SavedParse>(_toSave, StringComparer.Ordinal));
    }

    private T? Keep<T>(string file, (long, DateTime) stamp, string? text, string context, T? result,
        IReadOnlyList<Diagnostic> found, DiagnosticBag diagnostics, SavedParse? saved = null) where T : class
    {
        foreach (var diagnostic in found) diagnostics.Add(diagnostic);
        _entries[file] = new Entry(stamp, text, context, result, found, saved);
        return result;
    }

    /// <summary>The saved result, or false when its JSON is damaged (the file is then parsed again).</summary>
    private static bool TryRestore<T>(SavedParse saved, out T? result) where T : class
    {
        result = null;
        if (saved.Result is not { } json) return true;
        try
        {
            result = JsonSerializer.Deserialize<T>(json.Span, Json);
            return result is not null;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static T? Replay<T>(Entry entry, DiagnosticBag diagnostics) where T : class
    {
        foreach (var diagnostic in entry.Diagnostics) diagnostics.Add(diagnostic);
        return (T?)entry.Result;
    }

    /// <param name="Saved">How the on-disk cache keeps this parse (builds only): its hash decides whether the next
    /// build of the same process may take the parse as it is.</param>
    private sealed record Entry((long Length, DateTime Written) Stamp, string? Text, string Context, object? Result,
        IReadOnlyList<Diagnostic> Diagnostics, SavedParse? Saved = null);
}

/// <summary>One file's parse as the on-disk cache keeps it: the text's hash, the context, the result as JSON (null when
/// the file did not parse) and the diagnostics the parse reported.</summary>
internal sealed record SavedParse(string Hash, string Context, ReadOnlyMemory<byte>? Result, IReadOnlyList<Diagnostic> Diagnostics);
