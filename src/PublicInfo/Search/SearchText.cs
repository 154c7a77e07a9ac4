using System.Text;

namespace PublicInfo.Search;

/// <summary>
/// The analysis chain, written so that search.js can repeat it line for line:
/// fold (full-width → half-width, Latin lower-cased, accents removed) → split into Han runs and
/// Latin/digit words → Han runs become unigrams plus overlapping bigrams, words stay whole.
/// </summary>
/// <remarks>
/// string.Normalize is a no-op under InvariantGlobalization, and JS's NFKC depends on the engine's ICU,
/// so folding uses an explicit table (the NFKC cases that occur in guides) identical in both languages.
/// Every mapping is one UTF-16 unit to one, so offsets in folded text are offsets in the original.
/// </remarks>
public static class SearchText
{
    /// <summary>Longer Latin/digit words are cut to this many characters (in both languages).</summary>
    public const int MaxWordLength = 32;

    /// <summary>Queries are cut to this many code points after folding (in both languages).</summary>
    public const int MaxQueryLength = 64;

    // Same two strings in search.js.
    private const string FoldFrom = "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöøùúûüýÿāēīōūǖǎěǐǒǔǚǘǜ";
    private const string FoldTo = "aaaaaaceeeeiiiinoooooouuuuyaaaaaaceeeeiiiinoooooouuuuyyaeiouuaeiouuuu";

    /// <summary>Step 1: folds text character by character; the result has the same length.</summary>
    public static string Fold(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (char c in text) folded.Append(FoldChar(c));
        return folded.ToString();
    }

    private static char FoldChar(char c)
    {
        if (c >= '\uFF01' && c <= '\uFF5E') c = (char)(c - 0xFEE0);
        if (c == '\u3000') return ' ';
        if (c >= 'A' && c <= 'Z') return (char)(c + 32);
        int i = FoldFrom.IndexOf(c);
        return i < 0 ? c : FoldTo[i];
    }

    /// <summary>Whether a code point is a Han ideograph (CJK unified, extension A, compatibility, planes 2–3).</summary>
    public static bool IsHan(int cp) =>
        (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) ||
        (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x3FFFF);

    /// <summary>Whether a folded code point belongs to a Latin/digit word.</summary>
    public static bool IsWord(int cp) => (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z');

    /// <summary>Step 2: splits folded text into runs; everything else separates.</summary>
    public static IReadOnlyList<TextRun> Runs(string folded)
    {
        var runs = new List<TextRun>();
        var chars = new List<string>();
        int kind = 0, start = 0, offset = 0; // kind: 0 none, 1 Han, 2 word
        foreach (Rune rune in folded.EnumerateRunes())
        {
            int k = IsHan(rune.Value) ? 1 : IsWord(rune.Value) ? 2 : 0;
            if (k != kind || k == 0)
            {
                Flush();
                kind = k;
                start = offset;
            }
            if (k != 0) chars.Add(rune.ToString());
            offset += rune.Utf16SequenceLength;
        }
        Flush();
        return runs;

        void Flush()
        {
            if (chars.Count == 0) return;
            runs.Add(kind == 1
                ? new TextRun(true, chars.ToArray(), start)
                : new TextRun(false, [string.Concat(chars.Take(MaxWordLength))], start));
            chars.Clear();
        }
    }

    /// <summary>Step 3: the indexed tokens of a text, in order (each Han unigram followed by its bigram).</summary>
    public static IReadOnlyList<string> Analyze(string text)
    {
        var tokens = new List<string>();
        foreach (TextRun run in Runs(Fold(text)))
        {
            if (!run.IsHan) { tokens.Add(run.Units[0]); continue; }
            for (int i = 0; i < run.Units.Length; i++)
            {
                tokens.Add(run.Units[i]);
                if (i + 1 < run.Units.Length) tokens.Add(run.Units[i] + run.Units[i + 1]);
            }
        }
        return tokens;
    }
}
