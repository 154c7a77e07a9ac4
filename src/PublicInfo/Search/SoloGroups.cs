namespace PublicInfo.Search;

/// <summary>
/// Which large terms share a file (<c>s0</c>, <c>s1</c>, … in the manifest's <c>solo</c>): those of one synonym phrase
/// (二代 and 代证 of 二代证), so that a phrase costs one request rather than one per bigram. 身份证丢了怎么办 needed
/// 二代 and 代证 (from 身份证, 居民身份证, 二代证) in two files beside its bundle; a rule's bundle repeats all of its
/// phrases and is worth reading only for half of them, but a phrase's terms are always searched together.
/// </summary>
/// <remarks>A partition: each term is in one file, so nothing is repeated. Shorter phrases claim their terms first
/// (身份证 takes 身份 and 份证; 居民身份证 then 居民 and 民身); a phrase left with fewer than two unclaimed large terms
/// groups none, and every term not grouped has a file of its own. Files are in the order of their first term.</remarks>
public static class SoloGroups
{
    /// <summary>The groups of <paramref name="solo"/> (in the index's term order) under <paramref name="synonyms"/>.</summary>
    public static List<List<(string Term, byte[] Json)>> Of(IReadOnlyList<(string Term, byte[] Json)> solo, SynonymMap synonyms)
    {
        var position = new Dictionary<string, int>(solo.Count, StringComparer.Ordinal);
        for (int i = 0; i < solo.Count; i++) position[solo[i].Term] = i;
        var groupOf = new int[solo.Count];
        Array.Fill(groupOf, -1);
        int groups = 0;
        var phrases = synonyms.Rules.Where(r => !r.Drops).SelectMany(r => r.From.Concat(r.To))
            .Distinct(StringComparer.Ordinal).OrderBy(p => p.Length).ThenBy(p => p, StringComparer.Ordinal);
        foreach (string phrase in phrases)
        {
            var members = QueryPlan.TermsOf(phrase).Distinct(StringComparer.Ordinal)
                .Where(t => position.TryGetValue(t, out int i) && groupOf[i] < 0).Select(t => position[t]).ToList();
            if (members.Count < 2) continue;
            foreach (int i in members) groupOf[i] = groups;
            groups++;
        }
        // Files in the order of their first term; a term grouped by no phrase is alone.
        var result = new List<List<(string Term, byte[] Json)>>();
        var fileOfGroup = new Dictionary<int, List<(string Term, byte[] Json)>>();
        for (int i = 0; i < solo.Count; i++)
        {
            if (groupOf[i] >= 0 && fileOfGroup.TryGetValue(groupOf[i], out var file))
            {
                file.Add(solo[i]);
                continue;
            }
            file = [solo[i]];
            result.Add(file);
            if (groupOf[i] >= 0) fileOfGroup[groupOf[i]] = file;
        }
        return result;
    }
}
