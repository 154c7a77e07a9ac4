using System.Text.Json;
using PublicInfo.Build;
using PublicInfo.Content;
using PublicInfo.Content.Rules;
using PublicInfo.Tests.Support;

namespace PublicInfo.Tests.Content;

/// <summary>What the body rules found in each body is kept between builds by the body's hash; the diagnostics must be
/// those of a check that finds everything afresh, and a changed body must be looked at again.</summary>
public class BodyFactsCacheTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);
    private const string Tool = "test-tool-1";

    private static string CachePath(TempSite site) => site.PathOf("cache/body-facts.json");

    private static (CheckResult Check, BodyFactsCache Cache) CheckWithSavedCache(TempSite site, string tool = Tool)
    {
        var cache = BodyFactsCache.Load(CachePath(site), tool);
        var check = SiteChecker.Check(site.Root, Today, bodies: cache);
        cache.Save(CachePath(site), tool);
        return (check, cache);
    }

    private static IEnumerable<string> Lines(CheckResult check) => check.Diagnostics.Select(d => d.ToString());

    [Fact]
    public void Diagnostics_from_kept_facts_equal_a_fresh_check_and_no_body_is_parsed_again()
    {
        using var site = TempSite.SampleWithErrors(); // bodies with links (one broken), long sentences and unsafe markup
        var fresh = SiteChecker.Check(site.Root, Today);
        Assert.Contains(fresh.Diagnostics, d => d.RuleId == "PI1110");
        Assert.Contains(fresh.Diagnostics, d => d.RuleId == "PI1111");

        var (first, firstCache) = CheckWithSavedCache(site);
        var (second, secondCache) = CheckWithSavedCache(site);

        Assert.True(firstCache.Found > 3, $"only {firstCache.Found} bodies looked at on the first check");
        Assert.Equal(0, secondCache.Found);
        Assert.Equal(Lines(fresh), Lines(first));
        Assert.Equal(Lines(fresh), Lines(second));
    }

    [Fact]
    public void An_edited_body_is_looked_at_again_and_its_new_findings_reported()
    {
        using var site = TempSite.SampleWithErrors();
        CheckWithSavedCache(site);
        var guide = Directory.GetFiles(site.PathOf("input/procedures"), "script-injection.md", SearchOption.AllDirectories).Single();
        File.AppendAllText(guide, "\n" + new string('长', 70) + "。\n");

        var (check, cache) = CheckWithSavedCache(site);

        Assert.Equal(1, cache.Found);
        Assert.Equal(Lines(SiteChecker.Check(site.Root, Today)), Lines(check));
        Assert.Contains(check.Diagnostics, d => d.RuleId == "PI2004" && d.Location.File.EndsWith("script-injection.md", StringComparison.Ordinal));
    }

    [Fact]
    public void Carried_to_the_next_build_of_one_process_it_reports_the_same_and_saves_every_body()
    {
        using var site = TempSite.SampleWithErrors();
        var parses = ParseCache.Load(site.PathOf("cache/parses.bin"), Tool, InputFingerprint.Compute(site.Root));
        var first = BodyFactsCache.Load(CachePath(site), Tool);
        SiteChecker.Check(site.Root, Today, parses, first);
        var guide = Directory.GetFiles(site.PathOf("input/procedures"), "script-injection.md", SearchOption.AllDirectories).Single();
        File.AppendAllText(guide, "\n" + new string('长', 70) + "。\n");

        var next = first.Next();
        var check = SiteChecker.Check(site.Root, Today, parses.Next(InputFingerprint.Compute(site.Root)), next);
        next.Save(CachePath(site), Tool);

        Assert.Equal(1, next.Found);
        Assert.Equal(Lines(SiteChecker.Check(site.Root, Today)), Lines(check));
        // The file holds every body of this build, those known by their string too: a fresh process finds them all.
        var (fromDisk, fromDiskCache) = CheckWithSavedCache(site);
        Assert.Equal(0, fromDiskCache.Found);
        Assert.Equal(Lines(check), Lines(fromDisk));
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("other tool")]
    [InlineData("no bodies")]
    public void A_damaged_or_foreign_cache_only_costs_looking_at_every_body_again(string damage)
    {
        using var site = TempSite.SampleWithErrors();
        var (_, full) = CheckWithSavedCache(site);
        if (damage == "garbage") File.WriteAllText(CachePath(site), "{\"Tool\":\"" + Tool + "\",\"Bodies\":{\"AB\":[1,2");
        if (damage == "no bodies") File.WriteAllText(CachePath(site), JsonSerializer.Serialize(new { Tool, Bodies = (object?)null }));

        var (check, cache) = CheckWithSavedCache(site, damage == "other tool" ? "test-tool-2" : Tool);

        Assert.Equal(full.Found, cache.Found);
        Assert.Equal(Lines(SiteChecker.Check(site.Root, Today)), Lines(check));
    }
}
