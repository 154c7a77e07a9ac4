using Microsoft.Playwright;

namespace PublicInfo.BrowserTests;

/// <summary>What a citizen does: find a guide from the home page, check a document's other uses, find the office —
/// by clicking links, on a phone, with and without JavaScript.</summary>
[Collection(SampleSiteCollection.Name)]
public class CitizenJourneyTests(SampleSite site)
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Home_category_guide_document_office(bool javaScript)
    {
        var page = await site.NewPageAsync(375, 800, javaScript);
        await page.GotoAsync(site.Url("/"));
        await Screenshots.TakeAsync(page, $"journey-1-home-{(javaScript ? "js" : "nojs")}");

        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "出入境" }).First.ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("出入境");

        await page.GetByRole(AriaRole.Link, new() { Name = "普通护照换发" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("普通护照换发");
        await Assertions.Expect(page.Locator(".key-facts")).ToContainTextAsync("120元/本");
        await Screenshots.TakeAsync(page, $"journey-2-guide-{(javaScript ? "js" : "nojs")}");

        await page.Locator("table.materials").GetByRole(AriaRole.Link, new() { Name = "居民身份证" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("居民身份证");
        // The reverse lookup: every guide that needs an ID card, across categories.
        Assert.True(await page.Locator(".procedure-list li").CountAsync() >= 20);
        await Assertions.Expect(page.Locator(".procedure-list")).ToContainTextAsync("机动车转移登记（过户）");

        await page.GetByRole(AriaRole.Link, new() { Name = "普通护照首次申领" }).ClickAsync();
        await page.Locator(".office-card").GetByRole(AriaRole.Link, new() { Name = "示例市公安局出入境接待大厅" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("示例市公安局出入境接待大厅");
        await Assertions.Expect(page.Locator(".facts")).ToContainTextAsync("周一至周五 09:00–17:00");
        await Screenshots.TakeAsync(page, $"journey-3-office-{(javaScript ? "js" : "nojs")}");
        Assert.Empty(site.ThirdPartyRequests);
    }

    [Fact]
    public async Task The_skip_link_is_the_first_tab_stop_and_moves_to_the_content()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url("/procedures/vehicle-transfer/"));
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("跳到正文", await page.EvaluateAsync<string>("document.activeElement.textContent"));
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("main", await page.EvaluateAsync<string>("document.activeElement.id"));
    }

    [Theory]
    [InlineData(320)]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task Pages_reflow_without_horizontal_scrolling(int width)
    {
        foreach (var path in new[] { "/", "/procedures/vehicle-first-registration/", "/a-z/", "/transparency/" })
        {
            var page = await site.NewPageAsync(width);
            await page.GotoAsync(site.Url(path));
            var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Assert.True(overflow <= 0, $"{path} at {width}px scrolls sideways by {overflow}px");
            if (width != 320) await Screenshots.TakeAsync(page, $"layout-{width}-{path.Trim('/').Replace('/', '-')}");
            await page.Context.CloseAsync();
        }
    }
}
