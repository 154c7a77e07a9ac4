namespace PublicInfo.Search;

/// <summary>
/// The terms a synonym rule's bundle file holds (search.js: <c>bundleTerms</c>): the terms of each of its phrases,
/// from then to, each once. A query that names a phrase of a rule also searches the rule's other phrases (the
/// variants), so it needs their terms together; apart, they were one request each, 7 for 过户 and 15 for 驾照到期 at
/// 10,000 guides.
/// </summary>
/// <remarks>A bundle holds every one of these terms that the index has, in the same bytes as its own file: the
/// browser takes a term the bundle lacks as absent from the index, exactly as when its own file lacks it.</remarks>
public static class SynonymBundle
{
    /// <summary>The terms of <paramref name="rule"/>'s bundle, in first-seen order; none for a rule that drops
    /// question words (they are never searched).</summary>
    public static IReadOnlyList<string> Terms(SynonymRule rule)
    {
        if (rule.Drops) return [];
        var terms = new List<string>();
        foreach (string phrase in rule.From.Concat(rule.To))
            foreach (string term in QueryPlan.TermsOf(phrase))
                if (!terms.Contains(term, StringComparer.Ordinal)) terms.Add(term);
        return terms;
    }
}
