using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using PublicInfo.Search;
using Xunit;

namespace PublicInfo.Tests.Search;

public class SearchRankingTests : IClassFixture<SearchRankingTests.Built>
{
    public sealed class Built : IDisposable
    {
        public SearchIndex Index { get; } = SearchIndexBuilder.Build(GuideCorpus.Guides, GuideCorpus.Synonyms);
        public void Dispose() => Index.Dispose();
    }

    private readonly SearchIndex _index;
    private readonly SearchService _service;

    public SearchRankingTests(Built built)
    {
        _index = built.Index;
        _service = new SearchService(built.Index);
    }

    [Theory]
    [InlineData("过户", "car-transfer")]
    [InlineData("二手车过户要带什么", "car-transfer")]
    [InlineData("驾照到期", "license-renew")]
    [InlineData("孩子出生上户口", "birth")]
    [InlineData("身份证丢了怎么办", "id-reissue")]
    [InlineData("护照过期了", "passport-renew")]
    [InlineData("驾照丢了", "license-lost")]
    [InlineData("年检", "inspection")]
    [InlineData("改名字", "name-change")]
    [InlineData("ＨＯＮＧ ＫＯＮＧ", "hk-macau")]
    [InlineData("no criminal record", "no-crime")]
    public void ColloquialQueriesFindTheRightGuideFirst(string query, string expected)
    {
        var hits = _service.Search(query, 5);
        Assert.True(hits.Count > 0, $"{query}: no hits\n{_service.Explain(query, 5)}");
        Assert.True(hits[0].Id == expected, $"{query}: got {string.Join(", ", hits.Select(h => h.Id))}\n{_service.Explain(query, 3)}");
    }

    [Theory]
    [InlineData("护照", "passport-")]
    [InlineData("身份证", "id-")]
    [InlineData("驾驶证", "license-")]
    public void AOneWordQueryPutsItsGuidesOnTop(string query, string prefix)
    {
        var hits = _service.Search(query, 2);
        Assert.All(hits, h => Assert.StartsWith(prefix, h.Id));
    }

    [Fact]
    public void EqualScoresAreOrderedByDocumentNumber()
    {
        var hits = _service.Search("12123", 10);
        Assert.Contains(hits.Take(3), h => h.Id == "violation");
        for (int i = 1; i < hits.Count; i++)
            Assert.True(hits[i - 1].Score > hits[i].Score || (hits[i - 1].Score == hits[i].Score && hits[i - 1].Doc < hits[i].Doc));
    }

    [Fact]
    public void NothingToSearchGivesNoHits()
    {
        Assert.Empty(_service.Search("", 10));
        Assert.Empty(_service.Search("  ，。！", 10));
    }

    [Fact]
    public void CategoryFilterKeepsOnlyThatCategory()
    {
        var hits = _service.Search("身份证", 50, "jg");
        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.StartsWith("/guides/", h.Url));
        var traffic = GuideCorpus.Guides.Where(g => g.CategoryId == "jg").Select(g => g.Id).ToHashSet();
        Assert.All(hits, h => Assert.Contains(h.Id, traffic));
    }

    [Fact]
    public void DocumentsAreNumberedByCategoryThenId()
    {
        var expected = GuideCorpus.Guides.OrderBy(g => g.CategoryId, StringComparer.Ordinal)
            .ThenBy(g => g.Id, StringComparer.Ordinal).Select(g => g.Id);
        Assert.Equal(expected, _index.Guides.Select(g => g.Id));
    }

    [Fact]
    public void ExplainShowsEachTermsContributionPerField()
    {
        string explain = _service.Explain("过户", 1);
        Assert.Contains("二手车过户", explain);
        Assert.Contains("过户 = ", explain);
        Assert.Contains("aliases tf=3", explain);
    }

    /// The impact of a term is what Lucene itself scores for the boosted per-field TermQueries.
    [Theory]
    [InlineData("护照")]
    [InlineData("过户")]
    [InlineData("证")]
    [InlineData("12123")]
    public void ImpactsEqualLuceneScoresOfTheBoostedFieldQueries(string term)
    {
        var searcher = new IndexSearcher(_index.Reader) { Similarity = new SearchSimilarity() };
        var query = new BooleanQuery();
        foreach (var (field, boost) in SearchFields.Weighted)
            query.Add(new TermQuery(new Term(field, term)) { Boost = boost }, Occur.SHOULD);
        TopDocs top = searcher.Search(query, 100);
        var impacts = _index.Impacts.Impacts(term);
        Assert.Equal(top.TotalHits, impacts.Count);
        foreach (ScoreDoc sd in top.ScoreDocs)
            Assert.Equal(sd.Score, impacts[sd.Doc], 5);

        // Field by field the match is exact, bit for bit.
        foreach (var (field, boost) in SearchFields.Weighted)
        {
            var parts = new List<(string Field, int Doc, float Score, int Freq)>();
            _index.Impacts.Impacts(term, parts);
            TopDocs one = searcher.Search(new TermQuery(new Term(field, term)) { Boost = boost }, 100);
            foreach (ScoreDoc sd in one.ScoreDocs)
                Assert.Equal(sd.Score, parts.Single(p => p.Field == field && p.Doc == sd.Doc).Score);
        }
    }

    [Fact]
    public void SavedIndexAnswersLikeTheBuiltOne()
    {
        string folder = Path.Combine(Path.GetTempPath(), "publicinfo-search-" + Guid.NewGuid().ToString("N"));
        try
        {
            _index.Save(folder);
            using var saved = SearchService.Open(folder);
            foreach (string q in new[] { "过户", "身份证丢了怎么办", "孩子出生上户口" })
                Assert.Equal(_service.Search(q, 10), saved.Search(q, 10));
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }
}
