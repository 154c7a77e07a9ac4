using System.Collections.Concurrent;
using ICU4N.Text;

namespace PublicInfo.Rendering;

/// <summary>
/// Titles as pinyin, for the A–Z list: citizens look a guide up by the initial of its first syllable (居民身份证 under J).
/// ICU's Han-Latin transliteration ships inside the ICU4N package, so the order is the same on every machine.
/// </summary>
/// <remarks>It reads each character's most common reading (长期 → zhang qi, not chang qi); a list ordered by it is
/// still the order people expect for nearly all titles.</remarks>
public static class Pinyin
{
    private static readonly Lazy<Transliterator> ToAscii = new(() => Transliterator.GetInstance("Han-Latin; Latin-ASCII; Lower"));
    private static readonly Lock Gate = new();

    // Transliteration costs about 0.1 ms a title, and many guides share a title (one per district or office). Loading
    // ICU's Han-Latin rules costs far more (in `perf`, about 4% of a one-guide build of 10,000 guides), so builds keep
    // the titles between runs (PinyinCache) and a build whose titles are all known never loads the rules.
    private static readonly ConcurrentDictionary<string, string> KnownTitles = new(StringComparer.Ordinal);

    /// <summary>The title in toneless lower-case pinyin (居民身份证 → "ju min shen fen zheng"), for sorting.</summary>
    public static string Of(string text) => KnownTitles.GetOrAdd(text, Transliterate);

    private static string Transliterate(string text)
    {
        // One transliterator, used under a lock: ICU does not promise that one instance is safe on two threads.
        lock (Gate) return ToAscii.Value.Transliterate(text);
    }

    /// <summary>Every title transliterated in this process, for <see cref="Build.PinyinCache"/> to keep for the next one.</summary>
    internal static IReadOnlyDictionary<string, string> Known => KnownTitles;

    /// <summary>Takes titles transliterated by an earlier process (with the same ICU data: the cache names the tool's version).</summary>
    internal static void Remember(IEnumerable<KeyValuePair<string, string>> titles)
    {
        foreach (var (title, pinyin) in titles) KnownTitles.TryAdd(title, pinyin);
    }

    /// <summary>The index letter A–Z of a title, or # when it starts with neither a Chinese character nor a Latin letter.</summary>
    public static string Initial(string pinyin)
    {
        var first = pinyin.FirstOrDefault(char.IsLetterOrDigit);
        return first is >= 'a' and <= 'z' ? char.ToUpperInvariant(first).ToString() : "#";
    }
}
