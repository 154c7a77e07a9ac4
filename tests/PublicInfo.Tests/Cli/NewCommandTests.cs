using PublicInfo.Build;
using PublicInfo.Cli;
using PublicInfo.Content;
using PublicInfo.Tests.Support;

namespace PublicInfo.Tests.Cli;

public class NewCommandTests
{
    [Fact]
    public void New_guide_fails_check_only_on_its_named_placeholders_and_passes_once_filled()
    {
        using var site = TempSite.CopyOf(RepoPaths.Fixture("minimal"));
        var (code, stdout, _) = CliRunner.Run("new", "procedure", "--root", site.Root, "--category", "id-card", "--id", "id-card-lost");
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("input/procedures/id-card/id-card-lost.md", stdout);

        var today = DateOnly.FromDateTime(DateTime.Now);
        var problems = SiteChecker.Check(site.Root, today).Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        Assert.NotEmpty(problems);
        Assert.All(problems, d => Assert.Equal("PI1113", d.RuleId));
        Assert.Contains(problems, d => d.Message.Contains("'title'"));

        var file = "input/procedures/id-card/id-card-lost.md";
        site.Write(file, site.Read(file).Replace(ProcedureScaffold.Placeholder, "补领"));
        Assert.False(SiteChecker.Check(site.Root, today).HasErrors);
    }

    [Theory]
    [InlineData("id-card", "Bad_Id", ExitCodes.Usage)]
    [InlineData("no-such-category", "fine-id", ExitCodes.Usage)]
    [InlineData("id-card", "id-card-renewal", ExitCodes.Usage)]
    public void New_refuses_bad_ids_unknown_categories_and_reused_ids(string category, string id, int expected)
    {
        using var site = TempSite.CopyOf(RepoPaths.Fixture("minimal"));
        var (code, _, stderr) = CliRunner.Run("new", "procedure", "--root", site.Root, "--category", category, "--id", id);
        Assert.Equal(expected, code);
        Assert.StartsWith("publicinfo:", stderr);
    }
}
