using PublicInfo.Tests.Support;

namespace PublicInfo.Tests.Rendering;

/// <summary>One rendered page of every kind, compared with a reviewed golden file: every change to what citizens see
/// shows up as a diff (UPDATE_SNAPSHOTS=1 to accept it).</summary>
public class PageSnapshotTests(BuiltSite site) : IClassFixture<BuiltSite>
{
    [Theory]
    [InlineData("home", "index.html")]
    [InlineData("category", "categories/id-card/index.html")]
    [InlineData("procedure", "procedures/passport-first-issue/index.html")]
    [InlineData("print", "procedures/id-card-renewal/print.html")]
    [InlineData("document", "documents/id-card/index.html")]
    [InlineData("office", "offices/exit-entry-hall/index.html")]
    [InlineData("a-z", "a-z/index.html")]
    [InlineData("notices", "notices/index.html")]
    [InlineData("notice", "notices/2026-10-01-holiday-hours/index.html")]
    [InlineData("page", "pages/about/index.html")]
    [InlineData("search", "search/index.html")]
    [InlineData("404", "404.html")]
    [InlineData("sitemap", "sitemap.xml")]
    [InlineData("robots", "robots.txt")]
    public void Page_matches_its_snapshot(string kind, string path)
    {
        Golden.Match($"Rendering/Snapshots/{kind}.html", site.Read(path));
    }
}
