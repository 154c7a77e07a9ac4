using PublicInfo.Search;
using Xunit;

namespace PublicInfo.Tests.Search;

public class SearchTextTests
{
    [Fact]
    public void ChineseRunBecomesUnigramsEachFollowedByItsBigram() =>
        Assert.Equal(["身", "身份", "份", "份证", "证"], SearchText.Analyze("身份证"));

    [Fact]
    public void SingleHanCharacterIsOneToken() => Assert.Equal(["证"], SearchText.Analyze("证"));

    [Fact]
    public void PunctuationSeparatesRunsSoNoBigramCrossesIt() =>
        Assert.Equal(["护", "护照", "照", "签", "签证", "证"], SearchText.Analyze("护照，签证"));

    [Fact]
    public void MixedTextSplitsHanFromLatinAndDigits() =>
        Assert.Equal(["交", "交管", "管", "12123", "申", "申请", "请", "c1", "驾", "驾照", "照"],
            SearchText.Analyze("交管12123申请C1驾照"));

    [Fact]
    public void FullWidthBecomesHalfWidthAndLatinIsLowerCasedAndFolded() =>
        Assert.Equal(["abc", "123", "cafe", "lu"], SearchText.Analyze("ＡＢＣ　１２３ Café Lǜ"));

    [Fact]
    public void DigitsBetweenHanAreTheirOwnToken() =>
        Assert.Equal(["2024", "年", "30", "日"], SearchText.Analyze("2024年30日"));

    [Fact]
    public void LongWordsAreCut() =>
        Assert.Equal(new string('a', SearchText.MaxWordLength), Assert.Single(SearchText.Analyze(new string('A', 50))));

    [Fact]
    public void FoldKeepsLengthSoOffsetsHold()
    {
        const string text = "ＡＢＣ　护照Ｃａｆé";
        Assert.Equal(text.Length, SearchText.Fold(text).Length);
    }

    [Fact]
    public void LuceneTokenizerEmitsTheSameTokensWithBigramsStackedOnTheirUnigram()
    {
        using var analyzer = new SearchAnalyzer();
        using var stream = analyzer.GetTokenStream("body", "办理ＡＢＣ护照𠀀𠀁");
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        var increment = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.IPositionIncrementAttribute>();
        stream.Reset();
        var tokens = new List<string>();
        var increments = new List<int>();
        while (stream.IncrementToken())
        {
            tokens.Add(term.ToString());
            increments.Add(increment.PositionIncrement);
        }
        stream.End();
        Assert.Equal(SearchText.Analyze("办理ＡＢＣ护照𠀀𠀁"), tokens);
        Assert.Equal(["办", "办理", "理", "abc", "护", "护照", "照", "照𠀀", "𠀀", "𠀀𠀁", "𠀁"], tokens);
        Assert.Equal([1, 0, 1, 1, 1, 0, 1, 0, 1, 0, 1], increments);
    }
}
