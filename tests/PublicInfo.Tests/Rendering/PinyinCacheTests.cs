using PublicInfo.Build;
using PublicInfo.Rendering;
using PublicInfo.Tests.Support;

namespace PublicInfo.Tests.Rendering;

/// <summary>Titles' pinyin kept between builds: saved as the transliterator made it, taken back only from this version.</summary>
public class PinyinCacheTests
{
    [Fact]
    public void Saved_titles_are_taken_back_and_a_foreign_version_s_file_is_ignored()
    {
        using var site = TempSite.CopyOf(RepoPaths.Fixture("minimal"));
        var path = site.PathOf("cache/pinyin.json");
        var title = "测试标题" + Guid.NewGuid().ToString("N");
        Assert.StartsWith("ce shi biao ti", Pinyin.Of(title));

        PinyinCache.SaveIfGrown(path, loaded: 0);
        var saved = File.ReadAllText(path);
        Assert.Contains(title, saved);

        // A file claiming another pinyin for a new title: this version's file is believed, another version's is not.
        var ours = "示例" + Guid.NewGuid().ToString("N");
        var theirs = "示例" + Guid.NewGuid().ToString("N");
        File.WriteAllText(path, $$$"""{"Tool":"{{{BuildCache.ToolId}}}","Titles":{"{{{ours}}}":"from the cache"}}""");
        PinyinCache.Load(path);
        File.WriteAllText(path, $$$"""{"Tool":"another-version","Titles":{"{{{theirs}}}":"from the cache"}}""");
        PinyinCache.Load(path);

        Assert.Equal("from the cache", Pinyin.Of(ours));
        Assert.StartsWith("shi li", Pinyin.Of(theirs));
    }
}
