using PublicInfo.Build;

namespace PublicInfo.Tests.Build;

public class DeferredSavesTests
{
    [Fact]
    public void Each_file_keeps_only_its_latest_save_and_saves_run_in_the_order_files_were_first_held_back()
    {
        var saves = new DeferredSaves();
        var written = new List<string>();
        saves.Defer("a", () => written.Add("a1"));
        saves.Defer("b", () => written.Add("b1"));
        saves.Defer("a", () => written.Add("a2"));
        Assert.True(saves.Pending);

        Assert.Empty(saves.Flush());

        Assert.Equal(["a2", "b1"], written);
        Assert.False(saves.Pending);
        Assert.Empty(saves.Flush());
        Assert.Equal(2, written.Count);
    }

    [Fact]
    public void A_save_that_fails_is_reported_and_the_others_still_run()
    {
        var saves = new DeferredSaves();
        var written = new List<string>();
        saves.Defer("/nowhere/cache.json", () => throw new IOException("disk full"));
        saves.Defer("b", () => written.Add("b"));

        var failures = saves.Flush();

        Assert.Equal("/nowhere/cache.json: disk full", Assert.Single(failures));
        Assert.Equal(["b"], written);
        Assert.False(saves.Pending);
    }
}
