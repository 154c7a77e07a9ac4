using System.Text;

namespace PublicInfo.Search;

/// <summary>
/// What a query searches for; search.js builds the same plan.
/// <list type="number">
/// <item>Fold the query and keep its first <see cref="SearchText.MaxQueryLength"/> code points.</item>
/// <item>Expand it into variants with the synonyms (<see cref="SynonymMap.Variants"/>).</item>
/// <item>A variant's required terms: for each Han run its bigrams (a lone character: that character), and each word,
/// less the terms of question words the synonyms drop (怎么办, 多少钱) unless the variant has nothing else, and less
/// a bigram across a question word's edge (了怎 in 丢了|怎么办; see <see cref="TermsOf"/>).</item>
/// <item>Tier 1: documents holding every required term of at least one variant (a phrase-like match).
/// Tier 2, if tier 1 is empty: documents holding any required term of any variant.
/// Both score the sum of the impacts of <see cref="ScoringTerms"/> the document holds.</item>
/// <item>Tier 3, if tier 2 is empty: documents holding any single Han character of any variant, scored by those.</item>
/// <item>Scores are float sums in ordinal term order; ranking is score descending, then document number ascending.</item>
/// </list>
/// </summary>
public sealed record QueryPlan(IReadOnlyList<string> Variants, IReadOnlyList<IReadOnlyList<string>> Required,
    IReadOnlyList<string> ScoringTerms, IReadOnlyList<string> FallbackTerms)
{
    /// <summary>Builds the plan of <paramref name="query"/>.</summary>
    public static QueryPlan Create(string query, SynonymMap synonyms)
    {
        string folded = Truncate(SearchText.Fold(query ?? ""));
        IReadOnlyList<string> variants = SearchText.Runs(folded).Count == 0 ? [] : synonyms.Variants(folded);
        var required = new List<IReadOnlyList<string>>();
        var scoring = new SortedSet<string>(StringComparer.Ordinal);
        var fallback = new SortedSet<string>(StringComparer.Ordinal);
        // Question words the synonyms drop (怎么办, 多少钱) say nothing about the topic, so they are neither required nor
        // scored, except in a variant that has nothing else. Scoring them ranked any guide with "…怎么办" in its aliases
        // above the guides of the topic whenever no guide held the whole query, and the browser loaded their postings.
        var questionWords = new HashSet<string>(StringComparer.Ordinal);
        var questionPhrases = new List<string>();
        foreach (SynonymRule rule in synonyms.Rules)
            if (rule.Drops)
                foreach (string phrase in rule.From)
                    if (folded.Contains(phrase, StringComparison.Ordinal))
                    {
                        questionWords.UnionWith(TermsOf(phrase));
                        questionPhrases.Add(phrase);
                    }
        foreach (string variant in variants)
        {
            // No bigram across a question word's edge (了怎 in 丢了|怎么办): it is no word of the query, matches only guides
            // that happen to join the topic and the question alike, and cost the browser a file of its own.
            var terms = TermsOf(variant, fallback, PhraseEdges(variant, questionPhrases));
            if (terms.Count == 0) continue;
            var topical = terms.FindAll(t => !questionWords.Contains(t));
            if (topical.Count > 0) terms = topical;
            // Overlapping question words (要办什么手续, 什么手续) leave several variants with the same terms: rank them once.
            if (required.Any(r => r.SequenceEqual(terms, StringComparer.Ordinal))) continue;
            required.Add(terms);
            scoring.UnionWith(terms);
        }
        return new QueryPlan(variants, required, scoring.ToList(), fallback.ToList());
    }

    /// <summary>A text's terms: for each Han run its bigrams (a lone character: that character), and each word; the
    /// Han characters go into <paramref name="characters"/>.</summary>
    /// <param name="cuts">UTF-16 offsets no bigram crosses, unless leaving it out would leave a character in no bigram
    /// (补 in 补|多少钱 keeps 补多).</param>
    internal static List<string> TermsOf(string text, SortedSet<string>? characters = null, IReadOnlySet<int>? cuts = null)
    {
        var terms = new List<string>();
        foreach (TextRun run in SearchText.Runs(text))
        {
            if (!run.IsHan || run.Units.Length == 1) terms.Add(run.Units[0]);
            else terms.AddRange(Bigrams(run, cuts));
            if (run.IsHan) characters?.UnionWith(run.Units);
        }
        return terms;
    }

    /// <summary>The UTF-16 offsets where a phrase in <paramref name="text"/> starts or ends, less those inside another
    /// phrase found there (怎么办 inside 怎么办理 cuts nothing).</summary>
    private static HashSet<int> PhraseEdges(string text, IReadOnlyList<string> phrases)
    {
        var spans = new List<(int Start, int End)>();
        foreach (string phrase in phrases)
            for (int i = text.IndexOf(phrase, StringComparison.Ordinal); i >= 0; i = text.IndexOf(phrase, i + 1, StringComparison.Ordinal))
                spans.Add((i, i + phrase.Length));
        var edges = new HashSet<int>();
        foreach (var (start, end) in spans)
        {
            edges.Add(start);
            edges.Add(end);
        }
        edges.RemoveWhere(edge => spans.Exists(s => s.Start < edge && edge < s.End));
        return edges;
    }

    /// <summary>A Han run's bigrams in order, less those across <paramref name="cuts"/>, except where a character would
    /// be in none.</summary>
    private static List<string> Bigrams(TextRun run, IReadOnlySet<int>? cuts)
    {
        string[] units = run.Units;
        var across = new bool[units.Length - 1];
        int offset = run.Start;
        for (int i = 0; i < across.Length; i++)
        {
            offset += units[i].Length;
            across[i] = cuts is not null && cuts.Contains(offset);
        }
        var bigrams = new List<string>(across.Length);
        for (int i = 0; i < across.Length; i++)
        {
            bool leftAlone = i == 0 || across[i - 1];
            bool rightAlone = i + 1 == across.Length || across[i + 1];
            if (!across[i] || leftAlone || rightAlone) bigrams.Add(units[i] + units[i + 1]);
        }
        return bigrams;
    }

    private static string Truncate(string folded)
    {
        var kept = new StringBuilder();
        int count = 0;
        foreach (Rune rune in folded.EnumerateRunes())
        {
            if (count++ == SearchText.MaxQueryLength) break;
            kept.Append(rune.ToString());
        }
        return kept.ToString();
    }

    /// <summary>
    /// Ranks documents by this plan. <paramref name="postings"/> gives a term's impacts by document;
    /// documents outside [<paramref name="firstDoc"/>, <paramref name="endDoc"/>) are ignored (category filter).
    /// </summary>
    public IReadOnlyList<(int Doc, float Score)> Rank(Func<string, IReadOnlyDictionary<int, float>> postings,
        int top, int firstDoc = 0, int endDoc = int.MaxValue)
    {
        if (top <= 0 || Required.Count == 0) return [];
        bool InRange(int d) => d >= firstDoc && d < endDoc;

        var matched = new HashSet<int>();
        foreach (IReadOnlyList<string> terms in Required)
        {
            IEnumerable<int> docs = postings(terms[0]).Keys.Where(InRange);
            foreach (string term in terms.Skip(1))
            {
                IReadOnlyDictionary<int, float> p = postings(term);
                docs = docs.Where(p.ContainsKey);
            }
            matched.UnionWith(docs);
        }
        IReadOnlyList<string> scoring = ScoringTerms;
        if (matched.Count == 0)
            foreach (string term in ScoringTerms) matched.UnionWith(postings(term).Keys.Where(InRange));
        if (matched.Count == 0)
        {
            scoring = FallbackTerms;
            foreach (string term in FallbackTerms) matched.UnionWith(postings(term).Keys.Where(InRange));
        }

        var ranked = new List<(int Doc, float Score)>(matched.Count);
        foreach (int doc in matched)
        {
            float score = 0f;
            foreach (string term in scoring)
                if (postings(term).TryGetValue(doc, out float impact)) score += impact;
            ranked.Add((doc, score));
        }
        ranked.Sort((a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Doc.CompareTo(b.Doc));
        return ranked.Count > top ? ranked.GetRange(0, top) : ranked;
    }
}
