using System.IO.Compression;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace PublicInfo.BrowserTests;

/// <summary>Issue budgets for a guide page on a phone: at most 4 requests, HTML + CSS at most 30 KB gzip-compressed,
/// no script that blocks rendering. Measured in Chromium, so every request the page really makes is counted.</summary>
[Collection(SampleSiteCollection.Name)]
public class PageBudgetTests(SampleSite site, ITestOutputHelper output)
{
    [Theory]
    [InlineData("/procedures/vehicle-transfer/")]
    [InlineData("/procedures/passport-first-issue/")]
    [InlineData("/")]
    public async Task Guide_page_stays_within_its_budget(string path)
    {
        var page = await site.NewPageAsync(375);
        var responses = new List<IResponse>();
        page.Response += (_, response) => responses.Add(response);
        await page.GotoAsync(site.Url(path), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });

        long htmlCss = 0, total = 0;
        foreach (var response in responses)
        {
            var body = await response.BodyAsync();
            var compressed = GzipSize(body);
            total += compressed;
            var type = response.Headers.TryGetValue("content-type", out var t) ? t : "";
            if (type.StartsWith("text/html") || type.StartsWith("text/css")) htmlCss += compressed;
            output.WriteLine($"{response.Url.Replace(site.Address, "")}  {body.Length} B, {compressed} B gzip");
        }
        output.WriteLine($"{path}: {responses.Count} requests, HTML+CSS {htmlCss} B gzip, all {total} B gzip");

        Assert.True(responses.Count <= 4, $"{responses.Count} requests");
        Assert.True(htmlCss <= 30 * 1024, $"HTML+CSS {htmlCss} B gzip");
        var blocking = await page.EvaluateAsync<int>(
            "[...document.querySelectorAll('head script[src]')].filter(s => !s.defer && !s.async && s.type !== 'module').length");
        Assert.Equal(0, blocking);
    }

    private static long GzipSize(byte[] body)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true)) gzip.Write(body);
        return buffer.Length;
    }
}
