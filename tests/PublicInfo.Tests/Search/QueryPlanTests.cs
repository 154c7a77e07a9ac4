using PublicInfo.Search;
using Xunit;

namespace PublicInfo.Tests.Search;

public class QueryPlanTests
{
    [Fact]
    public void QuestionWordsTheSynonymsDropAreNeitherRequiredNorScored()
    {
        var plan = QueryPlan.Create("身份证丢了怎么办", GuideCorpus.Synonyms);
        Assert.Equal("身份证丢了怎么办", plan.Variants[0]);
        Assert.DoesNotContain(plan.Required, terms => terms.Contains("么办") || terms.Contains("怎么"));
        Assert.DoesNotContain("怎么", plan.ScoringTerms);
        Assert.DoesNotContain("么办", plan.ScoringTerms);
        Assert.Contains("身份", plan.ScoringTerms);
        Assert.Contains("丢了", plan.ScoringTerms);
        // Spans the topic and the question: no word of the query, and a request of its own in the browser.
        Assert.DoesNotContain("了怎", plan.ScoringTerms);
        Assert.Equal(["身份", "份证", "证丢", "丢了"], plan.Required[0]);
    }

    [Fact]
    public void ABigramAcrossAQuestionWordIsKeptWhereACharacterWouldOtherwiseBeInNone()
    {
        var plan = QueryPlan.Create("补多少钱", GuideCorpus.Synonyms);
        Assert.Equal(["补多"], plan.Required[0]);
        plan = QueryPlan.Create("换证多少钱", GuideCorpus.Synonyms);
        Assert.Equal(["换证"], plan.Required[0]);
    }

    [Fact]
    public void ADroppedQuestionWordLeavesTheWordsOnEitherSideApart()
    {
        var plan = QueryPlan.Create("护照怎么办加急", GuideCorpus.Synonyms);
        Assert.Contains("护照 加急", plan.Variants);
        Assert.DoesNotContain("照加", plan.ScoringTerms);
    }

    [Fact]
    public void AQueryOfQuestionWordsOnlyKeepsThem()
    {
        var plan = QueryPlan.Create("怎么办", GuideCorpus.Synonyms);
        Assert.Equal(["么办", "怎么"], plan.ScoringTerms);
        Assert.Equal(["怎么", "么办"], Assert.Single(plan.Required));
    }

    /// <summary>The browser loads the postings of the scoring terms only, and ranks with the required ones.</summary>
    [Fact]
    public void EveryRequiredTermIsAScoringTerm()
    {
        foreach (var (query, _) in ParityQueries.All)
        {
            var plan = QueryPlan.Create(query, GuideCorpus.Synonyms);
            Assert.All(plan.Required.SelectMany(terms => terms), term => Assert.Contains(term, plan.ScoringTerms));
        }
    }

    [Fact]
    public void VariantsLeftWithTheSameTermsAreRankedOnce()
    {
        var synonyms = SynonymMap.Parse("需要什么手续, 要办什么手续, 办什么手续, 什么手续 => \"\"");
        var plan = QueryPlan.Create("车卖了要办什么手续", synonyms);
        Assert.True(plan.Variants.Count >= 3, string.Join(" | ", plan.Variants));
        Assert.Equal(plan.Required.Count, plan.Required.Select(r => string.Join(" ", r)).Distinct().Count());
        Assert.Contains(plan.Required, r => r.SequenceEqual(["车卖", "卖了"]));
    }

    [Fact]
    public void WithoutADropRuleEveryTermScores()
    {
        var plan = QueryPlan.Create("身份证丢了怎么办", SynonymMap.Parse("身份证, 居民身份证"));
        Assert.Contains("怎么", plan.ScoringTerms);
        Assert.Contains("么办", plan.ScoringTerms);
    }
}
