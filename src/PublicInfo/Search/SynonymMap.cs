namespace PublicInfo.Search;

/// <summary>
/// Query-time synonyms in Solr's text format: <c>a, b, c</c> makes the phrases equivalent,
/// <c>a, b =&gt; c</c> rewrites a or b to c one way, <c>#</c> starts a comment. Beyond Solr, <c>a, b =&gt; ""</c>
/// drops a or b (question words such as 要多久: 换身份证要多久 is also searched as 换身份证).
/// Unlike Solr, a rewrite keeps the original query as well: the expansion only adds variants.
/// search.js repeats <see cref="Variants"/> exactly, from the rules exported in the manifest.
/// </summary>
public sealed class SynonymMap
{
    /// <summary>At most this many variants (the query itself included) are searched, in both languages.</summary>
    public const int MaxVariants = 16;

    /// <summary>A map without rules.</summary>
    public static SynonymMap Empty { get; } = new([]);

    private SynonymMap(IReadOnlyList<SynonymRule> rules, string source = "")
    {
        Rules = rules;
        Source = source;
    }

    /// <summary>The text this map was parsed from (kept in the saved index so the CLI expands alike).</summary>
    public string Source { get; }

    /// <summary>The rules in file order, phrases folded by <see cref="SearchText.Fold"/>.</summary>
    public IReadOnlyList<SynonymRule> Rules { get; }

    /// <summary>Parses the text of a synonyms file.</summary>
    /// <exception cref="SynonymFormatException">A line is malformed; the message names the line.</exception>
    public static SynonymMap Parse(string text)
    {
        var rules = new List<SynonymRule>();
        string[] lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            int lineNumber = i + 1;
            string line = lines[i];
            int hash = line.IndexOf('#');
            if (hash >= 0) line = line[..hash];
            line = line.Trim();
            if (line.Length == 0) continue;

            string[] sides = line.Split("=>");
            if (sides.Length > 2) throw new SynonymFormatException(lineNumber, "more than one '=>'");
            IReadOnlyList<string> from = Phrases(sides[0], lineNumber, "left of '=>'");
            if (sides.Length == 2)
            {
                // An explicit "" drops the phrases; a bare "=>" stays an error (a rule left half-written).
                IReadOnlyList<string> to = sides[1].Trim() == Dropped ? [""] : Phrases(sides[1], lineNumber, "right of '=>'");
                rules.Add(new SynonymRule(from, to));
            }
            else
            {
                if (from.Count < 2) throw new SynonymFormatException(lineNumber, $"'{line}' names one phrase; an equivalence needs two or more separated by ','");
                rules.Add(new SynonymRule(from, from));
            }
        }
        return new SynonymMap(rules, text);
    }

    /// <summary>The right side of a rule that drops its phrases from the query.</summary>
    public const string Dropped = "\"\"";

    private static IReadOnlyList<string> Phrases(string side, int lineNumber, string where)
    {
        var phrases = new List<string>();
        foreach (string raw in side.Split(','))
        {
            string phrase = SearchText.Fold(raw.Trim());
            if (phrase.Length == 0) throw new SynonymFormatException(lineNumber, $"empty phrase {where}");
            if (SearchText.Runs(phrase).Count == 0)
                throw new SynonymFormatException(lineNumber, $"'{raw.Trim()}' has no searchable characters");
            if (!phrases.Contains(phrase, StringComparer.Ordinal)) phrases.Add(phrase);
        }
        return phrases;
    }

    /// <summary>
    /// The query variants: the folded query first, then, rule by rule in file order, for each From phrase
    /// the query contains and each other To phrase, the query with every occurrence replaced. A dropped phrase is
    /// replaced by a space, so that the words on either side stay apart, and spaces at the ends are trimmed.
    /// Duplicates are dropped; at most <see cref="MaxVariants"/>.
    /// </summary>
    public IReadOnlyList<string> Variants(string foldedQuery)
    {
        var variants = new List<string> { foldedQuery };
        foreach (SynonymRule rule in Rules)
            foreach (string from in rule.From)
            {
                if (!foldedQuery.Contains(from, StringComparison.Ordinal)) continue;
                foreach (string to in rule.To)
                {
                    if (to == from) continue;
                    string variant = to.Length == 0
                        ? foldedQuery.Replace(from, " ", StringComparison.Ordinal).Trim(' ')
                        : foldedQuery.Replace(from, to, StringComparison.Ordinal);
                    if (!variants.Contains(variant, StringComparer.Ordinal)) variants.Add(variant);
                    if (variants.Count == MaxVariants) return variants;
                }
            }
        return variants;
    }
}
