using System.Text.Json;
using PublicInfo.Cli;
using PublicInfo.Tests.Support;

namespace PublicInfo.Tests.Cli;

/// <summary><c>publicinfo search</c> answers from the index the last build saved.</summary>
public class SearchCommandTests
{
    [Fact]
    public void Search_answers_from_the_built_index_as_text_json_and_explanation()
    {
        using var site = Built();
        var (code, stdout, _) = CliRunner.Run("search", "身份证到期", "--root", site.Root, "--top", "3");
        Assert.Equal(ExitCodes.Success, code);
        Assert.StartsWith(" 1. 居民身份证有效期满换领  /procedures/id-card-renewal/", stdout);

        (code, stdout, _) = CliRunner.Run("search", "身份证到期", "--root", site.Root, "--json");
        Assert.Equal(ExitCodes.Success, code);
        var hits = JsonDocument.Parse(stdout).RootElement.GetProperty("hits");
        Assert.Equal("id-card-renewal", hits[0].GetProperty("id").GetString());
        Assert.Equal(1, hits[0].GetProperty("rank").GetInt32());

        (code, stdout, _) = CliRunner.Run("search", "身份证到期", "--root", site.Root, "--explain", "--top", "1");
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("variants:", stdout);
        Assert.Contains("id-card-renewal", stdout);
    }

    [Fact]
    public void Search_refuses_bad_options_and_asks_for_a_build_first()
    {
        using var site = TempSite.CopyOf(RepoPaths.Fixture("minimal"));
        var (code, _, stderr) = CliRunner.Run("search", "护照", "--root", site.Root);
        Assert.Equal(ExitCodes.Problems, code);
        Assert.Contains("run 'publicinfo build' first", stderr);

        Assert.Equal(ExitCodes.Success, CliRunner.Run("build", "--root", site.Root, "--now", "2026-11-25").Code);
        Assert.Equal(ExitCodes.Usage, CliRunner.Run("search", "护照", "--root", site.Root, "--top", "0").Code);
        (code, _, stderr) = CliRunner.Run("search", "护照", "--root", site.Root, "--category", "nope");
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("unknown category 'nope'", stderr);
    }

    [Fact]
    public void Search_says_when_the_site_changed_since_the_index_was_built()
    {
        using var site = Built();
        Assert.DoesNotContain("changed since the last build", CliRunner.Run("search", "护照", "--root", site.Root).Stderr);
        site.Replace("input/procedures/id-card/id-card-renewal.md", "title: 居民身份证有效期满换领", "title: 身份证到期换领");
        Assert.Contains("changed since the last build", CliRunner.Run("search", "护照", "--root", site.Root).Stderr);
    }

    private static TempSite Built()
    {
        var site = TempSite.CopyOf(RepoPaths.Fixture("minimal"));
        Assert.Equal(ExitCodes.Success, CliRunner.Run("build", "--root", site.Root, "--now", "2026-11-25").Code);
        return site;
    }
}
