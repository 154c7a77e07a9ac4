using PublicInfo.Build;
using PublicInfo.Pipeline;
using PublicInfo.Tests.Support;

namespace PublicInfo.Tests.Build;

public class SiteBuilderTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    [Fact]
    public void Two_builds_of_the_same_input_and_date_are_byte_identical()
    {
        using var site = TempSite.CopyOf(RepoPaths.Fixture("minimal"));
        var a = Path.Combine(site.Root, "out-a");
        var b = Path.Combine(site.Root, "out-b");
        Assert.True(SiteBuilder.Build(new BuildSettings(site.Root, a, Today)).Succeeded);
        Assert.True(SiteBuilder.Build(new BuildSettings(site.Root, b, Today)).Succeeded);

        var first = OutputTree.Hashes(a);
        Assert.NotEmpty(first);
        Assert.Equal(first, OutputTree.Hashes(b));
    }

    [Fact]
    public void Only_the_search_page_loads_the_search_script_and_names_the_index()
    {
        using var site = TempSite.CopyOf(RepoPaths.Fixture("minimal"));
        Assert.True(SiteBuilder.Build(new BuildSettings(site.Root, site.Output, Today)).Succeeded);

        var loading = Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories)
            .Where(f => File.ReadAllText(f) is var html && (html.Contains("assets/js/search.", StringComparison.Ordinal)
                || html.Contains("data-search-manifest", StringComparison.Ordinal)))
            .Select(f => Path.GetRelativePath(site.Output, f).Replace('\\', '/'))
            .ToList();
        // The late pages (search and /data/) render together; /data/ must still not pay for the search client.
        Assert.True(File.Exists(Path.Combine(site.Output, "data", "index.html")));
        Assert.Equal(["search/index.html"], loading);
    }

    [Fact]
    public void An_unchanged_site_is_not_rebuilt_but_an_edit_or_a_damaged_output_is()
    {
        using var site = TempSite.CopyOf(RepoPaths.Fixture("minimal"));
        var settings = new BuildSettings(site.Root, site.Output, Today);
        Assert.False(SiteBuilder.Build(settings).UpToDate);
        Assert.True(SiteBuilder.Build(settings).UpToDate);

        site.Replace("input/procedures/id-card/id-card-renewal.md", "身份证到期前三个月内就可以换领。", "身份证到期前三个月内可以换领。");
        Assert.False(SiteBuilder.Build(settings).UpToDate);
        Assert.True(SiteBuilder.Build(settings).UpToDate);

        File.Delete(Directory.EnumerateFiles(site.Output).First());
        Assert.False(SiteBuilder.Build(settings).UpToDate);

        Assert.False(SiteBuilder.Build(settings with { Today = Today.AddDays(1) }).UpToDate);
    }

    [Fact]
    public void A_template_failing_while_rendering_is_reported_at_its_line_and_the_previous_output_stays()
    {
        using var site = TempSite.CopyOf(RepoPaths.Fixture("minimal"));
        var settings = new BuildSettings(site.Root, site.Output, Today);
        Assert.True(SiteBuilder.Build(settings).Succeeded);
        var before = OutputTree.Hashes(site.Output);

        File.AppendAllText(site.PathOf("themes/default/layouts/office.html"), "\n{{ no_such_variable }}\n");
        var result = SiteBuilder.Build(settings);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.RuleId == "PI1201");
        Assert.Equal("themes/default/layouts/office.html", error.Location.File);
        Assert.Equal(File.ReadAllLines(site.PathOf("themes/default/layouts/office.html")).Length, error.Location.Line);
        Assert.Equal(before, OutputTree.Hashes(site.Output));
        // No half-written site is left beside the output either.
        Assert.Empty(Directory.GetDirectories(site.Root, ".output.*"));
    }

    [Fact]
    public void Output_inside_the_sources_is_refused()
    {
        using var site = TempSite.CopyOf(RepoPaths.Fixture("minimal"));
        Assert.Throws<InvalidOperationException>(() => SiteBuilder.Build(new BuildSettings(site.Root, Path.Combine(site.Root, "input"), Today)));
        Assert.Throws<InvalidOperationException>(() => SiteBuilder.Build(new BuildSettings(site.Root, site.Root, Today)));
        Assert.True(File.Exists(site.PathOf("site/site.yml")));
    }
}
