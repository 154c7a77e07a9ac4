using PublicInfo.Search;

namespace PublicInfo.Tests.Search;

/// <summary>BM25 with rounded average field lengths: an ordinary edit of one guide must leave every other guide's
/// impacts, and so the export's other files, exactly as they were.</summary>
public class SearchSimilarityTests
{
    [Theory]
    [InlineData(2013.4f, 2010f)]
    [InlineData(2015f, 2020f)]
    [InlineData(999.6f, 1000f)]
    [InlineData(12.345f, 12.3f)]
    [InlineData(7f, 7f)]
    [InlineData(0.123456f, 0.123f)]
    [InlineData(0f, 0f)]
    public void Average_lengths_keep_three_significant_digits(float average, float rounded) =>
        Assert.Equal(rounded, SearchSimilarity.Round(average));

    [Fact]
    public void A_sentence_added_to_one_guide_changes_the_impacts_of_that_guide_s_terms_only()
    {
        var guides = SyntheticCorpus.Create(300).ToList();
        using var before = SearchIndexBuilder.Build(guides, GuideCorpus.Synonyms);
        var edited = guides[42] with { Body = guides[42].Body + " 另需提交近期免冠照片。" };
        guides[42] = edited;
        using var after = SearchIndexBuilder.Build(guides, GuideCorpus.Synonyms);
        // Exact averages move with the edit; rounded ones (what scores use) must not, for this test to mean anything.
        Assert.NotEqual(ExactAverage(before, "body"), ExactAverage(after, "body"));
        foreach (var (field, _) in SearchFields.Weighted)
            Assert.Equal(SearchSimilarity.Round(ExactAverage(before, field)), SearchSimilarity.Round(ExactAverage(after, field)));

        var doc = after.Guides.Single(g => g.Id == edited.Id).Doc;
        Assert.Equal(doc, before.Guides.Single(g => g.Id == edited.Id).Doc);
        var old = Impacts(before);
        var now = Impacts(after);
        // The body's average length moved (one sentence longer), but not at three digits: a term the edited guide
        // does not hold keeps its impacts bit for bit, whatever other guides hold it.
        var untouched = old.Keys.Union(now.Keys)
            .Where(t => !Holds(old, t, doc) && !Holds(now, t, doc))
            .ToList();
        Assert.True(untouched.Count > old.Count / 2, $"only {untouched.Count} of {old.Count} terms are not the edited guide's");
        var changed = untouched.Where(t => old.GetValueOrDefault(t) != now.GetValueOrDefault(t)).ToList();
        Assert.True(changed.Count == 0, $"{changed.Count} terms of other guides changed, e.g. {string.Join(", ", changed.Take(5))}");
    }

    /// <summary>BM25's average length of <paramref name="field"/> before rounding: total terms over documents.</summary>
    private static float ExactAverage(SearchIndex index, string field)
    {
        var statistics = new Lucene.Net.Search.IndexSearcher(index.Reader).CollectionStatistics(field);
        return (float)(statistics.SumTotalTermFreq / (double)statistics.MaxDoc);
    }

    private static bool Holds(Dictionary<string, string> impacts, string term, int doc) =>
        impacts.TryGetValue(term, out var postings) && postings.Split(';').Any(p => p.StartsWith($"{doc}=", StringComparison.Ordinal));

    /// <summary>Each term's postings as text: <c>doc=bits;…</c>, the float's exact bits.</summary>
    private static Dictionary<string, string> Impacts(SearchIndex index) =>
        index.Impacts.AllImpacts().ToDictionary(t => t.Term,
            t => string.Join(';', t.Impacts.OrderBy(p => p.Key).Select(p => $"{p.Key}={BitConverter.SingleToUInt32Bits(p.Value):x8}")), StringComparer.Ordinal);
}
