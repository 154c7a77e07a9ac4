using PublicInfo.Build;
using PublicInfo.Content;
using PublicInfo.Publishing;
using PublicInfo.Tests.Support;

namespace PublicInfo.Tests.Publishing;

public class PublishPlannerTests
{
    private const string Guide = "input/procedures/id-card/id-card-renewal.md";
    private static readonly DateOnly Day1 = new(2026, 11, 25);
    private static readonly DateOnly Day2 = new(2026, 12, 1);

    private static SiteModel Load(TempSite site, DateOnly today) => SiteChecker.Check(site.Root, today).Site!;

    [Fact]
    public void First_publication_logs_every_guide_as_version_1_and_a_second_one_logs_nothing()
    {
        using var site = TempSite.CopyOf(RepoPaths.Fixture("minimal"));
        var first = PublishPlanner.Plan(Load(site, Day1), [], Day1, "abc123");

        Assert.True(first.CanPublish);
        Assert.Equal(["id-card-renewal", "passport-first-issue"], first.NewEntries.Select(e => e.Id).Order());
        Assert.All(first.NewEntries, e => Assert.Equal(1, e.Version));
        Assert.All(first.NewEntries, e => Assert.Equal("abc123", e.SourceCommit));

        var second = PublishPlanner.Plan(Load(site, Day2), first.NewEntries, Day2, "def456");
        Assert.Empty(second.NewEntries);
        Assert.Empty(second.Problems);
    }

    [Fact]
    public void A_substantive_change_without_a_new_note_is_refused_naming_the_fields()
    {
        using var site = TempSite.CopyOf(RepoPaths.Fixture("minimal"));
        var logged = PublishPlanner.Plan(Load(site, Day1), [], Day1, null).NewEntries;
        site.Replace(Guide, "copies: 0\n    necessity: 必要", "copies: 2\n    necessity: 必要");
        site.Replace(Guide, "amount: 20,", "amount: 25,");

        var plan = PublishPlanner.Plan(Load(site, Day2), logged, Day2, null);

        Assert.False(plan.CanPublish);
        var problem = Assert.Single(plan.Problems);
        Assert.Equal("PI3001", problem.RuleId);
        Assert.Contains("materials", problem.Message);
        Assert.Contains("fees", problem.Message);
        Assert.Equal(Guide, problem.Location.File);
    }

    [Fact]
    public void A_substantive_change_with_a_note_becomes_version_2_and_a_cosmetic_one_needs_no_note()
    {
        using var site = TempSite.CopyOf(RepoPaths.Fixture("minimal"));
        var logged = PublishPlanner.Plan(Load(site, Day1), [], Day1, null).NewEntries.ToList();

        site.Replace(Guide, "身份证到期前三个月内就可以换领。", "身份证到期前三个月内，就可以申请换领。");
        var cosmetic = PublishPlanner.Plan(Load(site, Day2), logged, Day2, null);
        var entry = Assert.Single(cosmetic.NewEntries);
        Assert.Equal(2, entry.Version);
        logged.Add(entry);

        site.Replace(Guide, "amount: 20,", "amount: 25,");
        site.Replace(Guide, "review_due: 2027-06-30", "review_due: 2027-06-30\nchange_note: 工本费调整为25元");
        var substantive = PublishPlanner.Plan(Load(site, Day2), logged, Day2, null);
        Assert.Equal(3, Assert.Single(substantive.NewEntries).Version);
        Assert.Equal("工本费调整为25元", substantive.NewEntries[0].ChangeNote);
    }

    [Fact]
    public void Deleting_a_published_guide_is_refused()
    {
        using var site = TempSite.CopyOf(RepoPaths.Fixture("minimal"));
        var logged = PublishPlanner.Plan(Load(site, Day1), [], Day1, null).NewEntries;
        File.Delete(site.PathOf(Guide));

        var plan = PublishPlanner.Plan(Load(site, Day2), logged, Day2, null);
        Assert.Contains(plan.Problems, p => p.RuleId == "PI3002" && p.Message.Contains("id-card-renewal"));
    }

    [Fact]
    public void Entry_bytes_round_trip()
    {
        var entry = new LogEntry("a-guide", 3, Day1, "收费调整", "abc", """{"id":"a-guide","title":"护照"}"""u8.ToArray());
        var bytes = entry.ToBytes();
        Assert.Equal("""{"id":"a-guide","version":3,"published":"2026-11-25","change_note":"收费调整","source_commit":"abc","record":{"id":"a-guide","title":"护照"}}""",
            System.Text.Encoding.UTF8.GetString(bytes));
        var parsed = LogEntry.Parse(bytes);
        Assert.Equal(bytes, parsed.ToBytes());
    }
}
