namespace PublicInfo.BrowserTests;

/// <summary>适老化: the large-text switch enlarges every page, is remembered across pages, and works without JavaScript.</summary>
[Collection(SampleSiteCollection.Name)]
public class LargeTextTests(SampleSite site)
{
    private const string RootFontSize = "parseFloat(getComputedStyle(document.documentElement).fontSize)";

    [Fact]
    public async Task Large_text_is_remembered_across_pages()
    {
        var page = await site.NewPageAsync(375);
        await page.GotoAsync(site.Url("/"));
        var normal = await page.EvaluateAsync<double>(RootFontSize);
        await page.CheckAsync("#large-text");
        var large = await page.EvaluateAsync<double>(RootFontSize);
        Assert.True(large >= normal * 1.25, $"large text {large}px vs {normal}px");

        await page.GotoAsync(site.Url("/procedures/id-card-reissue/"));
        Assert.Equal(large, await page.EvaluateAsync<double>(RootFontSize));
        await Screenshots.TakeAsync(page, "large-text-375-guide");
        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"large text scrolls sideways by {overflow}px");
    }

    [Fact]
    public async Task Large_text_works_without_javascript_on_the_page()
    {
        var page = await site.NewPageAsync(375, javaScript: false);
        await page.GotoAsync(site.Url("/procedures/id-card-reissue/"));
        var normal = await page.EvaluateAsync<double>(RootFontSize);
        await page.CheckAsync("#large-text");
        Assert.True(await page.EvaluateAsync<double>(RootFontSize) >= normal * 1.25);
    }
}
