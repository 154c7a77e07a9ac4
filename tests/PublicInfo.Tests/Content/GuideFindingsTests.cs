using PublicInfo.Build;
using PublicInfo.Content;
using PublicInfo.Content.Rules;
using PublicInfo.Tests.Support;

namespace PublicInfo.Tests.Content;

/// <summary>What the guide rules found in each guide is kept by a process that checks the same site again and again:
/// an edit checks the edited guide only, and the diagnostics stay those of a check that looks at everything afresh,
/// also when what an unchanged guide's findings depend on (offices, pages, the date) changed.</summary>
public class GuideFindingsTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);
    private const string Guide = "input/procedures/exit-entry/hk-macau-permit.md";

    /// <summary>Checks as the build server and preview do: parses, body facts and findings carried from check to check.</summary>
    private sealed class Checker(TempSite site)
    {
        private readonly ParseCache _parses = new();
        private readonly BodyFactsCache _bodies = BodyFactsCache.Empty();
        public GuideFindings Findings { get; } = new();

        public CheckResult Check(DateOnly? today = null) => SiteChecker.Check(site.Root, today ?? Today, _parses, _bodies, Findings);
    }

    private static List<string> Lines(CheckResult check) => check.Diagnostics.Select(d => d.ToString()).ToList();

    private static List<string> Fresh(TempSite site, DateOnly? today = null) => Lines(SiteChecker.Check(site.Root, today ?? Today));

    [Fact]
    public void After_a_one_guide_edit_only_that_guide_is_checked_and_the_findings_equal_a_fresh_check()
    {
        using var site = TempSite.SampleWithErrors();
        var checker = new Checker(site);
        var first = checker.Check();
        Assert.Equal(first.Content!.ProcedureVersions.Count, checker.Findings.Checked);
        Assert.Equal(Fresh(site), Lines(first));

        var guide = Directory.GetFiles(site.PathOf("input/procedures"), "script-injection.md", SearchOption.AllDirectories).Single();
        File.AppendAllText(guide, "\n" + new string('长', 70) + "。\n");
        var second = checker.Check();

        Assert.Equal(1, checker.Findings.Checked);
        Assert.Equal(Fresh(site), Lines(second));
        Assert.Contains(second.Diagnostics, d => d.RuleId == "PI2004" && d.Location.File.EndsWith("script-injection.md", StringComparison.Ordinal));
    }

    /// <summary>An office a guide names, and a guide another guide's body links to: removed, each makes an unchanged
    /// guide's findings change (PI1103 unknown office, PI1111 broken link).</summary>
    [Theory]
    [InlineData("input/offices/exit-entry-hall.yml", "PI1103")]
    [InlineData("input/procedures/exit-entry/hk-macau-endorsement.md", "PI1111")]
    public void What_an_unchanged_guide_refers_to_removed_is_reported_in_that_guide(string removed, string rule)
    {
        using var site = TempSite.ShippedSample();
        var checker = new Checker(site);
        Assert.DoesNotContain(checker.Check().Diagnostics, d => d.RuleId == rule);

        File.Delete(site.PathOf(removed));
        var check = checker.Check();

        Assert.Contains(check.Diagnostics, d => d.RuleId == rule && d.Location.File == Guide);
        Assert.Equal(Fresh(site), Lines(check));
    }

    [Fact]
    public void Another_date_checks_every_guide_again()
    {
        using var site = TempSite.ShippedSample();
        var checker = new Checker(site);
        checker.Check();
        var later = new DateOnly(2027, 6, 10); // reviews due on 2027-06-30 are now due within 30 days

        var check = checker.Check(later);

        Assert.Equal(check.Content!.ProcedureVersions.Count, checker.Findings.Checked);
        Assert.Contains(check.Diagnostics, d => d.RuleId == "PI2005");
        Assert.Equal(Fresh(site, later), Lines(check));
    }
}
