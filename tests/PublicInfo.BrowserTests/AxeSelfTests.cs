namespace PublicInfo.BrowserTests;

/// <summary>Proves the accessibility check can fail: a page with known WCAG faults must produce violations.</summary>
[Collection(SampleSiteCollection.Name)]
public class AxeSelfTests(SampleSite site)
{
    [Fact]
    public async Task Axe_reports_a_missing_alt_text_missing_lang_and_low_contrast()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url("/"));
        await page.SetContentAsync("<html><head><title>x</title></head><body><main><img src='a.png'>" +
            "<p style='color:#bbb;background:#fff'>看不清的文字</p></main></body></html>");
        var violations = await AccessibilityTests.RunAxeAsync(page);
        Assert.Contains(violations, v => v.StartsWith("image-alt"));
        Assert.Contains(violations, v => v.StartsWith("html-has-lang"));
        Assert.Contains(violations, v => v.StartsWith("color-contrast"));
    }
}
