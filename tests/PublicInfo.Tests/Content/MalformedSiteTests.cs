using PublicInfo.Cli;
using PublicInfo.Tests.Support;

namespace PublicInfo.Tests.Content;

/// <summary>The folder of malformed guides an editor could plausibly write: every problem reported at once, with its place.</summary>
public class MalformedSiteTests
{
    private static TempSite MalformedSite()
    {
        var site = TempSite.CopyOf(RepoPaths.Fixture("minimal"));
        TempSite.CopyDirectory(RepoPaths.Fixture("malformed"), site.Root);
        return site;
    }

    [Fact]
    public void Check_reports_every_problem_and_exits_1()
    {
        using var site = MalformedSite();
        var (code, stdout, _) = CliRunner.Run("check", "--root", site.Root, "--now", "2026-11-25");

        Assert.Equal(ExitCodes.Problems, code);
        Golden.Match("Content/Snapshots/check-malformed.txt", stdout);
        string[] expected =
        [
            "bad-yaml.md:6:12: error PI1001",
            "wrong-types.md:6:14: error PI1003",
            "wrong-types.md:9:16: error PI1003",
            "wrong-types.md:20:17: error PI1005",
            "unknown-document.md:9:17: error PI1102",
            "unknown-document.md:15:25: error PI1103",
            "missing-fields.md:2:1: error PI1002: missing required field 'summary'",
            "duplicate-id.md:2:5: error PI1104",
            "script-injection.md:21:7: error PI1110",
            "script-injection.md:23:1: error PI1110",
            "script-injection.md:25:7: error PI1110",
            "script-injection.md:25:30: error PI1111",
            "script-injection.md:14:5: error PI1106",
            "script-injection.md:17:46: error PI1107",
        ];
        foreach (var line in expected) Assert.Contains(line, stdout);
    }

    [Fact]
    public void Check_json_lists_the_same_problems()
    {
        using var site = MalformedSite();
        var (code, stdout, _) = CliRunner.Run("check", "--root", site.Root, "--format", "json", "--now", "2026-11-25");

        Assert.Equal(ExitCodes.Problems, code);
        using var json = System.Text.Json.JsonDocument.Parse(stdout);
        var diagnostics = json.RootElement.GetProperty("diagnostics").EnumerateArray().ToList();
        Assert.Equal(json.RootElement.GetProperty("errors").GetInt32(), diagnostics.Count(d => d.GetProperty("severity").GetString() == "error"));
        Assert.Contains(diagnostics, d => d.GetProperty("rule").GetString() == "PI1102"
            && d.GetProperty("file").GetString() == "input/procedures/id-card/unknown-document.md" && d.GetProperty("line").GetInt32() == 9);
    }

    [Fact]
    public void A_failed_build_leaves_the_previous_output_untouched()
    {
        using var site = TempSite.CopyOf(RepoPaths.Fixture("minimal"));
        Assert.Equal(0, CliRunner.Run("build", "--root", site.Root, "--now", "2026-11-25").Code);
        var before = Snapshot(site.Output);

        TempSite.CopyDirectory(RepoPaths.Fixture("malformed"), site.Root);
        var (code, _, stderr) = CliRunner.Run("build", "--root", site.Root, "--now", "2026-11-25");

        Assert.Equal(ExitCodes.Problems, code);
        Assert.Contains("previous output is unchanged", stderr);
        Assert.Equal(before, Snapshot(site.Output));
        Assert.Empty(Directory.GetDirectories(site.Root, ".output.*"));
    }

    private static Dictionary<string, string> Snapshot(string directory) =>
        Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(directory, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));
}
