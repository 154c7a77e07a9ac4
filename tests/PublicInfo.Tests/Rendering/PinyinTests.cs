using PublicInfo.Rendering;

namespace PublicInfo.Tests.Rendering;

/// <summary>The A–Z list files a guide under the initial of its title's pinyin.</summary>
public class PinyinTests
{
    [Theory]
    [InlineData("居民身份证有效期满换领", "J")]
    [InlineData("出生登记", "C")]
    [InlineData("往来港澳签注", "W")]
    [InlineData("《普通护照》换发", "P")]
    [InlineData("12123 交通安全综合服务", "#")]
    [InlineData("ETC 办理", "E")]
    public void A_title_is_filed_under_its_first_syllable(string title, string initial) =>
        Assert.Equal(initial, Pinyin.Initial(Pinyin.Of(title)));

    [Fact]
    public void Titles_sort_by_pinyin_not_by_code_point()
    {
        string[] titles = ["普通护照换发", "出生登记", "居民身份证丢失补领", "变更姓名"];
        var sorted = titles.OrderBy(Pinyin.Of, StringComparer.Ordinal).ToArray();
        Assert.Equal(["变更姓名", "出生登记", "居民身份证丢失补领", "普通护照换发"], sorted);
    }
}
