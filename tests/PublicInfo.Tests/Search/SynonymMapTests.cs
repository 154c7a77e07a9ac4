using PublicInfo.Search;
using Xunit;

namespace PublicInfo.Tests.Search;

public class SynonymMapTests
{
    [Fact]
    public void EquivalenceAddsEveryOtherPhraseAsAVariant()
    {
        var map = SynonymMap.Parse("身份证, 居民身份证\n");
        Assert.Equal(["补办身份证", "补办居民身份证"], map.Variants("补办身份证"));
    }

    [Fact]
    public void OneWayRuleRewritesOnlyFromLeftToRightAndKeepsTheOriginal()
    {
        var map = SynonymMap.Parse("过户 => 转移登记");
        Assert.Equal(["二手车过户", "二手车转移登记"], map.Variants("二手车过户"));
        Assert.Equal(["转移登记"], map.Variants("转移登记"));
    }

    [Fact]
    public void AnEmptyQuotedRightSideDropsThePhraseAndKeepsTheOriginal()
    {
        var map = SynonymMap.Parse("要多久, 怎么办 => \"\"");
        Assert.Equal(["换身份证要多久", "换身份证"], map.Variants("换身份证要多久"));
        Assert.Equal(["怎么办", ""], map.Variants("怎么办"));
    }

    [Fact]
    public void CommentsBlankLinesAndWindowsLineEndingsAreIgnoredAndPhrasesFolded()
    {
        var map = SynonymMap.Parse("# 注释\r\n\r\n  ＩＤ, 身份证  # 行尾注释\r\n");
        SynonymRule rule = Assert.Single(map.Rules);
        Assert.Equal(["id", "身份证"], rule.From);
    }

    [Theory]
    [InlineData("a, b\n身份证", 2, "one phrase")]
    [InlineData("驾照 => 驾驶证 => 机动车驾驶证", 1, "more than one '=>'")]
    [InlineData("\n\n过户 =>", 3, "empty phrase right of '=>'")]
    [InlineData("=> 出生登记", 1, "empty phrase left of '=>'")]
    [InlineData("身份证,,居民身份证", 1, "empty phrase")]
    [InlineData("a, b\n！！, 身份证", 2, "no searchable characters")]
    public void MalformedLinesAreReportedWithTheirLineNumber(string text, int line, string message)
    {
        var e = Assert.Throws<SynonymFormatException>(() => SynonymMap.Parse(text));
        Assert.Equal(line, e.LineNumber);
        Assert.Contains($"line {line}", e.Message);
        Assert.Contains(message, e.Message);
    }

    [Fact]
    public void VariantsStopAtTheLimit()
    {
        string rule = string.Join(", ", Enumerable.Range(0, 40).Select(i => $"词{i}"));
        Assert.Equal(SynonymMap.MaxVariants, SynonymMap.Parse(rule).Variants("词0").Count);
    }
}
