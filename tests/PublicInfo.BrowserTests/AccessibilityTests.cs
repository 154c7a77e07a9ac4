using System.Text.Json;
using Microsoft.Playwright;

namespace PublicInfo.BrowserTests;

/// <summary>axe-core (WCAG 2.1 A and AA rules) on every page kind, in Chromium, normal and large-text, at phone and desktop widths.</summary>
[Collection(SampleSiteCollection.Name)]
public class AccessibilityTests(SampleSite site)
{
    private static readonly string AxeScript = Path.Combine(RepoPaths.Tests, "node_modules", "axe-core", "axe.min.js");

    [Theory]
    [MemberData(nameof(PageKinds.All), MemberType = typeof(PageKinds))]
    public async Task Page_has_no_axe_violations(string kind, string path)
    {
        foreach (var (width, large) in new[] { (1280, false), (375, false), (375, true) })
        {
            var page = await site.NewPageAsync(width);
            await page.GotoAsync(site.Url(path));
            if (large) await page.CheckAsync("#large-text");
            var violations = await RunAxeAsync(page);
            Assert.True(violations.Count == 0, $"{kind} at {width}px{(large ? " large text" : "")}:\n{string.Join('\n', violations)}");
            await page.Context.CloseAsync();
        }
        Assert.Empty(site.ThirdPartyRequests);
    }

    public static async Task<List<string>> RunAxeAsync(IPage page)
    {
        Assert.True(File.Exists(AxeScript), $"{AxeScript} is missing: run npm ci in tests/ (tests/run.sh does it)");
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = AxeScript });
        var json = await page.EvaluateAsync<JsonElement>(
            "async () => (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }))" +
            ".violations.map(v => ({ id: v.id, help: v.help, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ')) }))");
        return json.EnumerateArray()
            .Select(v => $"{v.GetProperty("id").GetString()}: {v.GetProperty("help").GetString()} at {string.Join(", ", v.GetProperty("nodes").EnumerateArray().Select(n => n.GetString()))}")
            .ToList();
    }
}
