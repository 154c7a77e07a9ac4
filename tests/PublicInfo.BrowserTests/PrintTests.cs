using Microsoft.Playwright;

namespace PublicInfo.BrowserTests;

/// <summary>Printing: the checklist page and a guide print without navigation chrome, on A4.</summary>
[Collection(SampleSiteCollection.Name)]
public class PrintTests(SampleSite site)
{
    [Fact]
    public async Task Checklist_prints_on_one_a4_page_without_navigation()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url("/procedures/vehicle-transfer/print.html"));
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        Assert.Equal(0, await page.Locator("nav:visible, .search-form:visible, footer:visible").CountAsync());
        Assert.Equal(6, await page.Locator("ul.ticks li").CountAsync());
        await Assertions.Expect(page.Locator(".checklist")).ToContainTextAsync("https://ga.example.invalid/procedures/vehicle-transfer/");

        var pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4", Path = Path.Combine(RepoPaths.Artifacts, "checklist-vehicle-transfer.pdf") });
        Assert.Equal(1, PdfPageCount(pdf));
    }

    [Fact]
    public async Task Guide_page_prints_without_navigation_and_the_button_leads_to_the_checklist()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url("/procedures/passport-first-issue/"));
        await page.GetByRole(AriaRole.Link, new() { Name = "打印材料清单" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(site.Url("/procedures/passport-first-issue/print.html"));
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "打印" })).ToBeVisibleAsync();

        await page.GotoAsync(site.Url("/procedures/passport-first-issue/"));
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        Assert.Equal(0, await page.Locator("nav:visible, .search-form:visible, .site-footer:visible").CountAsync());
        var pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4" });
        Assert.InRange(PdfPageCount(pdf), 1, 4);
    }

    /// <summary>Counts page objects in a PDF; enough for Chromium's output, which writes one /Type /Page per page.</summary>
    private static int PdfPageCount(byte[] pdf)
    {
        var text = System.Text.Encoding.Latin1.GetString(pdf);
        return System.Text.RegularExpressions.Regex.Matches(text, @"/Type\s*/Page[^s]").Count;
    }
}
