using System.Text.Json;
using Microsoft.Playwright;
using PublicInfo.Search;
using PublicInfo.Tests.Search;
using Xunit;

namespace PublicInfo.BrowserTests.Search;

/// search.js in Chromium: the same ranking as SearchService, and the page behaviour (URL, marks, keyboard,
/// announcements, empty state). Requests to http://publicinfo.test/ are answered from an export on disk.
public sealed class SearchBrowserTests : IAsyncLifetime
{
    private const string Origin = "http://publicinfo.test";
    private readonly string _site = SearchPaths.NewTempFolder();
    private SearchIndex _index = null!;
    private string _manifest = "";
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    public async Task InitializeAsync()
    {
        _index = SearchIndexBuilder.Build(GuideCorpus.Guides, GuideCorpus.Synonyms);
        _manifest = SearchExporter.Export(_index, Path.Combine(_site, "search")).ManifestFile;
        Directory.CreateDirectory(Path.Combine(_site, "js"));
        File.Copy(SearchPaths.SearchJs, Path.Combine(_site, "js", "search.js"));
        File.WriteAllText(Path.Combine(_site, "index.html"), $"""
            <!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>搜索</title>
            <form role="search" action="/search/" method="get" data-search-manifest="/search/{_manifest}">
              <input name="q" id="search-input" aria-label="搜索办事指南"></form>
            <div id="search-results" aria-live="polite" data-consult-phone="0571-87280000"></div>
            <script type="module" src="/js/search.js"></script></html>
            """);

        string chromium = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";
        Assert.True(File.Exists(chromium),
            $"The browser search tests need Chromium at {chromium} (apt-get install -y chromium fonts-noto-cjk, or set CHROMIUM_PATH).");
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-background-networking", "--disable-component-update"],
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        _index?.Dispose();
        Directory.Delete(_site, true);
    }

    private async Task<IPage> OpenAsync(string path)
    {
        IPage page = await _browser.NewPageAsync();
        await page.RouteAsync(Origin + "/**", async route =>
        {
            string local = Path.Combine(_site, new Uri(route.Request.Url).AbsolutePath.TrimStart('/'));
            if (!File.Exists(local))
            {
                await route.FulfillAsync(new RouteFulfillOptions { Status = 404, Body = "" });
                return;
            }
            string type = local.EndsWith(".js") ? "text/javascript" : local.EndsWith(".json") ? "application/json" : "text/html; charset=utf-8";
            await route.FulfillAsync(new RouteFulfillOptions { Status = 200, BodyBytes = File.ReadAllBytes(local), ContentType = type });
        });
        await page.GotoAsync(Origin + path);
        return page;
    }

    [Fact]
    public async Task ChromiumRanksLikeTheService()
    {
        IPage page = await OpenAsync("/index.html");
        var queries = ParityQueries.All.Select(q => new[] { q.Query, q.Category }).ToArray();
        string json = await page.EvaluateAsync<string>("""
            async ([manifest, queries]) => {
              const m = await import('/js/search.js');
              const f32 = new Float32Array(1), u32 = new Uint32Array(f32.buffer);
              const out = [];
              for (const [q, c] of queries) {
                const hits = await m.searchIndex(manifest, q, 10, c);
                out.push(hits.map((h) => { f32[0] = h.score; return `${h.id}:${u32[0]}`; }));
              }
              return JSON.stringify(out);
            }
            """, new object[] { "/search/" + _manifest, queries });
        var browser = JsonSerializer.Deserialize<string[][]>(json)!;
        var service = new SearchService(_index);
        for (int i = 0; i < queries.Length; i++)
        {
            var expected = service.Search(queries[i][0], 10, queries[i][1])
                .Select(h => $"{h.Id}:{BitConverter.SingleToUInt32Bits(h.Score)}");
            Assert.True(expected.SequenceEqual(browser[i]),
                $"'{queries[i][0]}' [{queries[i][1]}]\n  C#: {string.Join(", ", expected)}\n  JS: {string.Join(", ", browser[i])}");
        }
    }

    [Fact]
    public async Task QueryInTheUrlShowsMarkedResultsAndAnnouncesTheCount()
    {
        IPage page = await OpenAsync("/index.html?q=" + Uri.EscapeDataString("过户"));
        ILocator first = page.Locator("#search-results ol li a").First;
        await first.WaitForAsync();
        Assert.Equal("/guides/car-transfer/", await first.EvaluateAsync<string>("a => a.pathname"));
        Assert.Contains("<mark>过户</mark>", await first.InnerHTMLAsync());
        Assert.Equal("找到 1 条结果", await page.Locator("[role=status]").TextContentAsync());
        Assert.Equal("polite", await page.Locator("[role=status]").GetAttributeAsync("aria-live"));
    }

    [Fact]
    public async Task TypingUpdatesTheUrlAndArrowKeysWalkTheResults()
    {
        IPage page = await OpenAsync("/index.html");
        await page.Locator("#search-input").FillAsync("身份证");
        await page.Locator("#search-results ol li").Nth(2).WaitForAsync();
        Assert.Contains("q=" + Uri.EscapeDataString("身份证"), page.Url);

        await page.Locator("#search-input").PressAsync("ArrowDown");
        Assert.Equal("/guides/id-reissue/", await page.EvaluateAsync<string>("document.activeElement.pathname"));
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal("/guides/id-temp/", await page.EvaluateAsync<string>("document.activeElement.pathname"));
        await page.Keyboard.PressAsync("ArrowUp");
        await page.Keyboard.PressAsync("ArrowUp");
        Assert.Equal("search-input", await page.EvaluateAsync<string>("document.activeElement.id"));
    }

    [Fact]
    public async Task TenResultsAreShownAndMoreOnRequest()
    {
        IPage page = await OpenAsync("/index.html?q=" + Uri.EscapeDataString("证"));
        await page.Locator("#search-results ol li").Nth(9).WaitForAsync();
        Assert.Equal(10, await page.Locator("#search-results ol li").CountAsync());
        await page.Locator("#search-results button").ClickAsync();
        await page.Locator("#search-results ol li").Nth(10).WaitForAsync();
        int total = new SearchService(_index).Search("证", int.MaxValue).Count;
        Assert.True(total > 10);
        Assert.Equal($"找到 {total} 条结果", await page.Locator("[role=status]").TextContentAsync());
        Assert.Equal(Math.Min(total, 20), await page.Locator("#search-results ol li").CountAsync());
    }

    [Fact]
    public async Task CategoryFilterNarrowsTheResults()
    {
        IPage page = await OpenAsync("/index.html?q=" + Uri.EscapeDataString("身份证") + "&category=jg");
        await page.Locator("#search-results ol li").First.WaitForAsync();
        Assert.Equal("jg", await page.Locator("select[name=category]").InputValueAsync());
        var hrefs = await page.Locator("#search-results ol li a").EvaluateAllAsync<string[]>("as => as.map(a => a.pathname)");
        var traffic = GuideCorpus.Guides.Where(g => g.CategoryId == "jg").Select(g => g.Url).ToHashSet();
        Assert.All(hrefs, h => Assert.Contains(h, traffic));
    }

    [Fact]
    public async Task NoResultsOffersTheAToZListAndThePhone()
    {
        IPage page = await OpenAsync("/index.html?q=xyzzy");
        await page.Locator("#search-results a[href$='/a-z/']").WaitForAsync();
        Assert.Equal("tel:057187280000", await page.Locator("#search-results a[href^='tel:']").GetAttributeAsync("href"));
        Assert.Equal("没有找到结果", await page.Locator("[role=status]").TextContentAsync());
    }
}
