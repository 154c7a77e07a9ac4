using PublicInfo.Build;
using PublicInfo.Content;
using PublicInfo.Content.Rules;
using PublicInfo.Tests.Support;

namespace PublicInfo.Tests.Content;

/// <summary>One failing example per rule: an edit of the valid minimal site, and exactly where the rule must point.</summary>
public class RuleExamplesTests
{
    private const string Guide = "input/procedures/id-card/id-card-renewal.md";
    private const string Passport = "input/procedures/exit-entry/passport-first-issue.md";
    private static readonly DateOnly Today = new(2026, 11, 25);

    public static TheoryData<string, string, string, string, int, int> Examples => new()
    {
        // rule, file, find, replace, line, column
        { "PI1001", Guide, "aliases: [身份证到期, 换身份证]", "aliases: [身份证到期, 换身份证", 8, 1 },
        { "PI1001", "input/pages/about.md", "---\ntitle: 关于本站\n---\n", "title: 关于本站\n", 1, 1 },
        { "PI1002", Guide, "summary: 居民身份证有效期满前三个月内可申请换领。\n", "", 2, 1 },
        { "PI1003", Guide, "originals: 1\n    copies: 0\n    necessity: 必要", "originals: 一份\n    copies: 0\n    necessity: 必要", 15, 16 },
        { "PI1003", Guide, "offices: [id-card-hall]", "offices: id-card-hall", 37, 10 },
        { "PI1004", Guide, "conditions:", "conditons:", 11, 1 },
        { "PI1005", Guide, "effective_from: 2024-01-01", "effective_from: 2024-13-01", 41, 17 },
        { "PI1006", Guide, "necessity: 非必要", "necessity: 可选", 22, 16 },
        { "PI1007", Guide, "copies: 0\n    necessity: 必要", "copies: -1\n    necessity: 必要", 16, 13 },
        { "PI1007", Guide, "amount: 20,", "amount: -20,", 33, 31 },
        { "PI1008", Guide, "id: id-card-renewal", "id: ID_Card", 2, 5 },
        { "PI1101", Guide, "category: id-card", "category: passports", 4, 11 },
        { "PI1102", Guide, "document: household-register", "document: hukou-book", 19, 15 },
        { "PI1103", Guide, "offices: [id-card-hall]", "offices: [id-card-hall, nowhere-hall]", 37, 25 },
        { "PI1104", Passport, "id: passport-first-issue", "id: id-card-renewal\n# was passport", 2, 5 },
        { "PI1104", "input/procedures/exit-entry/passport-first-issue.2027-01-01.md", "effective_from: 2027-01-01", "effective_from: 2019-07-01", 2, 5 },
        { "PI1105", Guide, "visits: { max: 1, reason: 现场采集人像和指纹 }", "visits: { max: 1 }", 35, 16 },
        { "PI1106", Guide, ", basis: 发改价格〔2003〕2322号 }", " }", 33, 5 },
        { "PI1107", Guide, "complaint: 0000-11110001", "complaint: 0000-11112222", 38, 46 },
        { "PI1108", Guide, "online: { available: false }", "online: { available: true }", 34, 22 },
        { "PI1109", Guide, "case_type: 承诺件", "case_type: 即办件", 30, 22 },
        { "PI1110", Guide, "身份证到期前三个月内就可以换领。", "身份证<script>alert(1)</script>到期。", 44, 4 },
        { "PI1110", Guide, "[首次申领](/procedures/passport-first-issue/)", "[首次申领](javascript:alert(1))", 50, 13 },
        { "PI1111", Guide, "(/procedures/passport-first-issue/)", "(/procedures/passport-renewal/)", 50, 6 },
        { "PI1112", "input/notices/2026-10-01-holiday-hours.md", "procedures: [passport-first-issue]", "procedures: [passport-first-issue, no-such-guide]", 4, 36 },
        { "PI1113", Guide, "title: 居民身份证有效期满换领", "title: 【待填写】事项名称", 3, 8 },
        { "PI1114", "site/synonyms.txt", "办护照 => 普通护照", "办护照 =>", 3, 1 },
        { "PI2001", Guide, "review_due: 2027-06-30", "review_due: 2026-06-30", 42, 13 },
        { "PI2002", Guide, "summary: 居民身份证有效期满前三个月内可申请换领。", "summary: " + new string('长', 81), 6, 10 },
        { "PI2003", Passport, "materials:\n  - document: id-card\n    originals: 1\n    copies: 0\n    necessity: 必要\n    form: 纸质或电子\n  - document: photo-receipt\n    originals: 1\n    copies: 0\n    necessity: 必要\n    form: 电子\n", "materials: []\n", 10, 12 },
        { "PI2004", Guide, "身份证到期前三个月内就可以换领。", new string('长', 61) + "。", 44, 1 },
        { "PI2005", Guide, "review_due: 2027-06-30", "review_due: 2026-12-10", 42, 13 },
    };

    [Theory]
    [MemberData(nameof(Examples))]
    public void Rule_reports_the_example_at_its_position(string rule, string file, string find, string replace, int line, int column)
    {
        using var site = TempSite.CopyOf(RepoPaths.Fixture("minimal"));
        site.Replace(file, find, replace);

        var diagnostics = SiteChecker.Check(site.Root, Today).Diagnostics;

        var found = diagnostics.Where(d => d.RuleId == rule).ToList();
        Assert.True(found.Count > 0, $"{rule} not reported; got:\n{string.Join('\n', diagnostics)}");
        Assert.Contains(found, d => d.Location == new SourceLocation(file, line, column));
    }

    [Fact]
    public void Every_rule_has_a_failing_example()
    {
        var covered = Examples.Select(row => (string)row[0]).ToHashSet();
        var missing = ContentRules.Descriptors.Select(d => d.Id).Where(id => !covered.Contains(id)).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void The_minimal_site_is_clean()
    {
        var result = SiteChecker.Check(RepoPaths.Fixture("minimal"), Today);
        Assert.Empty(result.Diagnostics);
        Assert.False(result.HasErrors);
    }

    [Fact]
    public void Rule_ids_are_unique()
    {
        var ids = ContentRules.Descriptors.Select(d => d.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }
}
