using PublicInfo.Search;
using Xunit;

namespace PublicInfo.Tests.Search;

public sealed class SoloGroupsTests
{
    private static (string, byte[])[] Solo(params string[] terms) => terms.Select(t => (t, new byte[] { (byte)t[0] })).ToArray();

    [Fact]
    public void TheLargeTermsOfAPhraseShareAFileShorterPhrasesFirstAndEveryTermIsInOne()
    {
        var synonyms = SynonymMap.Parse("身份证, 居民身份证, 二代证\n怎么办 => \"\"\n");
        var groups = SoloGroups.Of(Solo("二代", "代证", "份证", "居民", "民身", "怎么", "么办", "身份", "孩子"), synonyms);
        Assert.Equal(["二代 代证", "份证 身份", "居民 民身", "怎么", "么办", "孩子"], groups.Select(g => string.Join(" ", g.Select(t => t.Term))));
    }

    [Fact]
    public void APhraseWithOneLargeTermLeftGroupsNothing()
    {
        var synonyms = SynonymMap.Parse("身份证, 居民身份证\n");
        // 身份证 takes 身份 and 份证; 居民身份证 is left only 居民 (民身 is small, in a shard).
        var groups = SoloGroups.Of(Solo("份证", "居民", "身份"), synonyms);
        Assert.Equal(["份证 身份", "居民"], groups.Select(g => string.Join(" ", g.Select(t => t.Term))));
    }
}
