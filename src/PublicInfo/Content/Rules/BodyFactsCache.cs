using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using PublicInfo.Output;

namespace PublicInfo.Content.Rules;

/// <summary>
/// <see cref="BodyFacts"/> by a SHA-256 of each body's text, kept between builds in one file. Checking 10,000 guides
/// otherwise parses every body with Markdig and scans it for long sentences and unsafe markup on each build, about a
/// second of a one-guide edit's build before anything else can start.
/// </summary>
public sealed class BodyFactsCache
{
    private readonly IReadOnlyDictionary<string, BodyFacts> _saved;
    private readonly ConcurrentDictionary<string, BodyFacts> _used = new(StringComparer.Ordinal);
    private readonly ConditionalWeakTable<string, Known> _byInstance;
    private int _found;

    private BodyFactsCache(IReadOnlyDictionary<string, BodyFacts> saved, ConditionalWeakTable<string, Known>? byInstance = null)
    {
        _saved = saved;
        _byInstance = byInstance ?? new ConditionalWeakTable<string, Known>();
    }

    /// <summary>A cache that starts empty.</summary>
    public static BodyFactsCache Empty() => new(new Dictionary<string, BodyFacts>());

    /// <summary>The facts saved at <paramref name="path"/> by this <paramref name="tool"/> version; empty when missing, damaged or another version's.</summary>
    public static BodyFactsCache Load(string path, string tool)
    {
        try
        {
            if (File.Exists(path) && JsonSerializer.Deserialize<Stored>(File.ReadAllBytes(path)) is { } stored
                && stored.Tool == tool && stored.Bodies is not null)
                return new BodyFactsCache(stored.Bodies);
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            // A damaged cache only costs finding the facts again.
        }
        return Empty();
    }

    /// <summary>Bodies whose facts were found (not taken from the cache) since this cache was made.</summary>
    public int Found => _found;

    /// <summary>The facts of <paramref name="body"/>; thread-safe.</summary>
    public BodyFacts Of(string body)
    {
        // The build server asks again, build after build, for the very strings of the guides it kept parsed: those are
        // known by the string itself, without hashing 40 MB of bodies again.
        if (_byInstance.TryGetValue(body, out var known)) return _used.GetOrAdd(known.Key, known.Facts);
        var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(body)));
        if (!_used.TryGetValue(key, out var facts) && !_saved.TryGetValue(key, out facts))
        {
            facts = BodyFacts.Of(body);
            Interlocked.Increment(ref _found);
        }
        facts = _used.GetOrAdd(key, facts);
        _byInstance.AddOrUpdate(body, new Known(key, facts));
        return facts;
    }

    /// <summary>The cache for the next build of the build server: this build's facts are what it starts from (and what
    /// it compares with before saving), and the bodies this build saw are known by their string.</summary>
    public BodyFactsCache Next() => new(new Dictionary<string, BodyFacts>(_used, StringComparer.Ordinal), _byInstance);

    /// <summary>True when this run found facts of a new body or saw fewer bodies than were loaded.</summary>
    public bool HasUnsavedChanges => _found != 0 || _used.Count != _saved.Count;

    /// <summary>Saves the facts of the bodies of this run (and only those) when any differs from what was loaded.</summary>
    public void Save(string path, string tool)
    {
        if (!HasUnsavedChanges) return;
        AtomicFile.Write(path, JsonSerializer.SerializeToUtf8Bytes(
            new Stored(tool, new SortedDictionary<string, BodyFacts>(_used, StringComparer.Ordinal))));
    }

    private sealed record Stored(string Tool, IReadOnlyDictionary<string, BodyFacts>? Bodies);

    /// <summary>A body's hash and facts, kept with the body's string.</summary>
    private sealed record Known(string Key, BodyFacts Facts);
}
