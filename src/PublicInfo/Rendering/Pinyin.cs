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

    // Transliteration costs about 0.1 ms a title, and many guides share a title (one per district or office).
    private static readonly ConcurrentDictionary<string, string> Known = new(StringComparer.Ordinal);

    /// <summary>The title in toneless lower-case pinyin (居民身份证 → "ju min shen fen zheng"), for sorting.</summary>
    public static string Of(string text) => Known.GetOrAdd(text, Transliterate);

    private static string Transliterate(string text)
    {
        // One transliterator, used under a lock: ICU does not promise that one instance is safe on two threads.
        lock (Gate) return ToAscii.Value.Transliterate(text);
    }

    /// <summary>The index letter A–Z of a title, or # when it starts with neither a Chinese character nor a Latin letter.</summary>
    public static string Initial(string pinyin)
    {
        var first = pinyin.FirstOrDefault(char.IsLetterOrDigit);
        return first is >= 'a' and <= 'z' ? char.ToUpperInvariant(first).ToString() : "#";
    }
}
