using PublicInfo.Build;
using PublicInfo.Records;
using PublicInfo.Tests.Support;

namespace PublicInfo.Tests.Records;

public class RecordDiffTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    [Fact]
    public void Scheduled_passport_change_is_described_field_by_field()
    {
        var result = SiteChecker.Check(RepoPaths.Fixture("minimal"), Today);
        var site = result.Site!;
        var current = site.FindProcedure("passport-first-issue")!;
        var upcoming = site.UpcomingVersionOf("passport-first-issue")!;

        var changes = RecordDiff.Compare(ProcedureRecord.Bytes(current, site), ProcedureRecord.Bytes(upcoming, site));
        var text = changes.Select(c => c.Description).ToList();

        Assert.Contains("删除材料：数码相片回执", text);
        Assert.Contains("承诺办结时限：7工作日 → 5工作日", text);
        Assert.Contains("到现场原因：现场采集指纹和相片 → 现场采集指纹", text);
        Assert.Contains("生效日期：2019-07-01 → 2027-01-01", text);
        Assert.True(changes.Single(c => c.Field == "materials").Substantive);
        Assert.False(changes.Single(c => c.Field == "effective_from").Substantive);
        Assert.DoesNotContain(changes, c => c.Field == "fees");
    }

    [Fact]
    public void Identical_records_have_no_changes_and_reordering_a_list_is_not_a_change()
    {
        var a = """{"materials":[{"document":"a","name":"甲","copies":0},{"document":"b","name":"乙","copies":1}],"fees":[]}"""u8.ToArray();
        var b = """{"materials":[{"document":"b","name":"乙","copies":1},{"document":"a","name":"甲","copies":0}],"fees":[]}"""u8.ToArray();
        Assert.Empty(RecordDiff.Compare(a, a));
        Assert.Empty(RecordDiff.Compare(a, b));
    }

    [Fact]
    public void Fee_amount_change_names_the_fee_and_both_amounts()
    {
        var a = """{"fees":[{"name":"普通护照","amount":160,"unit":"本","basis":"x"}]}"""u8.ToArray();
        var b = """{"fees":[{"name":"普通护照","amount":120,"unit":"本","basis":"x"}]}"""u8.ToArray();
        var change = Assert.Single(RecordDiff.Compare(a, b));
        Assert.Equal("收费“普通护照”的金额：160 → 120", change.Description);
        Assert.True(change.Substantive);
    }
}

public class ProcedureRecordReaderTests
{
    [Fact]
    public void A_record_read_back_writes_the_same_bytes()
    {
        var site = PublicInfo.Build.SiteChecker.Check(RepoPaths.Fixture("minimal"), new DateOnly(2026, 11, 25)).Site!;
        foreach (var procedure in site.Procedures)
        {
            var bytes = ProcedureRecord.Bytes(procedure, site);
            var again = ProcedureRecord.Bytes(ProcedureRecordReader.Read(bytes, "log"), site);
            Assert.Equal(System.Text.Encoding.UTF8.GetString(bytes), System.Text.Encoding.UTF8.GetString(again));
        }
    }
}
