using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using PublicInfo.Tests.Support;

namespace PublicInfo.Tests.Rendering;

/// <summary>What every page must be, checked on every page of the built fixture.</summary>
public class PageStructureTests(BuiltSite site) : IClassFixture<BuiltSite>
{
    private static readonly HtmlParser Parser = new();

    private IEnumerable<(string Path, IDocument Document)> Pages() =>
        Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => (Path.GetRelativePath(site.Output, f), (IDocument)Parser.ParseDocument(File.ReadAllText(f))));

    [Fact]
    public void Every_page_is_chinese_has_one_h1_a_title_and_a_skip_link()
    {
        foreach (var (path, page) in Pages())
        {
            Assert.True(page.DocumentElement.GetAttribute("lang") == "zh-CN", path);
            Assert.True(page.QuerySelectorAll("h1").Length == 1, $"{path}: one h1");
            Assert.False(string.IsNullOrWhiteSpace(page.Title), path);
            Assert.NotNull(page.QuerySelector("a.skip-link[href='#main']"));
            Assert.NotNull(page.QuerySelector("main#main"));
        }
    }

    [Fact]
    public void Every_internal_link_resolves_to_a_file_of_the_site()
    {
        var broken = new List<string>();
        foreach (var (path, page) in Pages())
        {
            if (path == "404.html") continue; // root-absolute on purpose: it is served at any depth
            var pageDirectory = Path.GetDirectoryName(Path.Combine(site.Output, path))!;
            foreach (var element in page.QuerySelectorAll("a[href], link[href], script[src]"))
            {
                var target = element.GetAttribute("href") ?? element.GetAttribute("src")!;
                if (target.StartsWith('#') || target.Contains(':')) continue;
                Assert.False(target.StartsWith('/'), $"{path}: link '{target}' must be relative");
                var file = Path.GetFullPath(Path.Combine(pageDirectory, target.Split('#')[0]));
                if (target.EndsWith('/') || target.Length == 0 || target == "./") file = Path.Combine(file, "index.html");
                if (!File.Exists(file)) broken.Add($"{path} → {target}");
            }
        }
        Assert.Empty(broken);
    }

    [Fact]
    public void Guide_page_shows_every_material_free_or_fees_and_valid_json_ld()
    {
        var page = Parser.ParseDocument(site.Read("procedures/passport-first-issue/index.html"));
        Assert.Equal(2, page.QuerySelectorAll("table.materials tbody tr").Length);
        Assert.Contains("120元/本", page.QuerySelector(".key-facts")!.TextContent);
        var jsonLd = page.QuerySelector("script[type='application/ld+json']")!.TextContent;
        using var json = System.Text.Json.JsonDocument.Parse(jsonLd);
        Assert.Equal("GovernmentService", json.RootElement.GetProperty("@type").GetString());
        Assert.Equal(120, json.RootElement.GetProperty("offers")[0].GetProperty("price").GetInt32());
        Assert.Contains("自 2027年1月1日 起", page.QuerySelector(".banner-upcoming")!.TextContent);
    }

    [Fact]
    public void Document_page_lists_every_guide_that_needs_it()
    {
        var page = Parser.ParseDocument(site.Read("documents/id-card/index.html"));
        var links = page.QuerySelectorAll(".procedure-list a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["../../procedures/id-card-renewal/", "../../procedures/passport-first-issue/"], links);
    }

    [Fact]
    public void Print_page_has_no_navigation_and_a_tick_box_per_material()
    {
        var page = Parser.ParseDocument(site.Read("procedures/id-card-renewal/print.html"));
        Assert.Null(page.QuerySelector("nav.category-nav"));
        Assert.Null(page.QuerySelector("nav.breadcrumbs"));
        Assert.Equal(2, page.QuerySelectorAll("ul.ticks li").Length);
        Assert.Contains("https://ga.test.invalid/procedures/id-card-renewal/", page.QuerySelector(".checklist")!.TextContent);
    }

    [Fact]
    public void Chinese_heading_anchors_are_kept()
    {
        var page = Parser.ParseDocument(site.Read("procedures/id-card-renewal/index.html"));
        Assert.NotNull(page.QuerySelector("h2[id='常见问题']"));
    }

    [Fact]
    public void Values_are_html_escaped()
    {
        using var temp = TempSite.CopyOf(RepoPaths.Fixture("minimal"));
        temp.Replace("input/procedures/id-card/id-card-renewal.md", "title: 居民身份证有效期满换领", "title: \"换领<b>x</b>&\"");
        var result = PublicInfo.Build.SiteBuilder.Build(new PublicInfo.Pipeline.BuildSettings(temp.Root, temp.Output, BuiltSite.Today));
        Assert.True(result.Succeeded);
        var html = File.ReadAllText(Path.Combine(temp.Output, "procedures/id-card-renewal/index.html"));
        Assert.Contains("换领&lt;b&gt;x&lt;/b&gt;&amp;", html);
        Assert.DoesNotContain("<b>x</b>", html);
    }
}
