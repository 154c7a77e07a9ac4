using System.Text;
using PublicInfo.Content;
using PublicInfo.Records;

namespace PublicInfo.Tests.Records;

/// <summary>The CSVs read back with a strict RFC 4180 reader and agree with the model, row for row and value for value.</summary>
public class CsvExportTests
{
    private static readonly SiteModel Site = SampleSites.Minimal();
    private static readonly Dictionary<string, byte[]> Files =
        OpenDataExporter.Export(Site).ToDictionary(d => d.Destination, d => d.Content.ToArray());

    private static string J(IEnumerable<string> values) => string.Join("；", values);

    [Theory]
    [InlineData("data/procedures.csv")]
    [InlineData("data/procedure-materials.csv")]
    [InlineData("data/documents.csv")]
    [InlineData("data/offices.csv")]
    public void Every_csv_starts_with_a_bom_and_ends_records_with_crlf(string path)
    {
        var bytes = Files[path];
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.EndsWith("\r\n", Encoding.UTF8.GetString(bytes));
        CsvReader.Read(bytes); // throws on a bare LF or bad quoting
    }

    [Fact]
    public void Procedures_csv_has_one_row_per_guide_with_the_model_values()
    {
        var rows = CsvReader.ReadRecords(Files[OpenDataPaths.ProceduresCsv]);
        Assert.Equal(ProcedureCsv.Columns, CsvReader.Read(Files[OpenDataPaths.ProceduresCsv])[0]);
        Assert.Equal(Site.Procedures.Count, rows.Count);
        foreach (var (p, row) in Site.Procedures.Zip(rows))
        {
            Assert.Equal(p.Id, row["id"]);
            Assert.Equal(p.Title, row["title"]);
            Assert.Equal(p.Summary, row["summary"]);
            Assert.Equal(Site.FindCategory(p.Category)!.Name, row["category_name"]);
            Assert.Equal(J(p.Aliases), row["aliases"]);
            Assert.Equal(J(p.Conditions), row["conditions"]);
            Assert.Equal(p.Materials.Count.ToString(), row["material_count"]);
            Assert.Equal(J(p.Materials.Select(m => Site.FindDocument(m.Document)!.Name)), row["materials"]);
            Assert.Equal(J(p.Steps.Select(s => s.Name)), row["steps"]);
            Assert.Equal(p.TimeLimit.Promised?.Value.ToString("G29", System.Globalization.CultureInfo.InvariantCulture) ?? "", row["promised_limit_value"]);
            Assert.Equal(p.IsFree ? "true" : "false", row["free"]);
            Assert.Equal(p.Fees.Sum(f => f.Amount), decimal.Parse(row["fee_total"], System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(p.Visits.Max.ToString(), row["visits_max"]);
            Assert.Equal(J(p.Offices), row["offices"]);
            Assert.Equal(p.Phones.Consult, row["consult_phone"]);
            Assert.Equal(p.Status, row["status"]);
            Assert.Equal(p.EffectiveFrom.ToString("yyyy-MM-dd"), row["effective_from"]);
            Assert.Equal(p.ReviewDue?.ToString("yyyy-MM-dd") ?? "", row["review_due"]);
            Assert.Equal($"https://ga.test.invalid/data/procedures/{p.Id}.json", row["record_url"]);
        }
        var renewal = rows.Single(r => r["id"] == "id-card-renewal");
        Assert.Equal("居民身份证工本费 20元/张", renewal["fees"]);
        Assert.Equal("中华人民共和国居民身份证法 第十一条", renewal["legal_basis"]);
    }

    [Fact]
    public void Materials_csv_has_one_row_per_guide_and_material_in_guide_order()
    {
        var rows = CsvReader.ReadRecords(Files[OpenDataPaths.MaterialsCsv]);
        var expected = Site.Procedures.SelectMany(p => p.Materials.Select((m, i) => (p, m, i))).ToList();
        Assert.Equal(expected.Count, rows.Count);
        foreach (var ((p, m, i), row) in expected.Zip(rows))
        {
            Assert.Equal(p.Id, row["procedure_id"]);
            Assert.Equal((i + 1).ToString(), row["position"]);
            Assert.Equal(m.Document, row["document_id"]);
            Assert.Equal(Site.FindDocument(m.Document)!.Name, row["document_name"]);
            Assert.Equal(m.Originals.ToString(), row["originals"]);
            Assert.Equal(m.Copies.ToString(), row["copies"]);
            Assert.Equal(m.Necessity, row["necessity"]);
            Assert.Equal(m.Form ?? "", row["form"]);
            Assert.Equal(m.When ?? "", row["when"]);
        }
    }

    [Fact]
    public void Documents_and_offices_csv_match_the_catalogue()
    {
        var documents = CsvReader.ReadRecords(Files[OpenDataPaths.DocumentsCsv]);
        Assert.Equal(Site.Documents.Select(d => d.Id), documents.Select(r => r["id"]));
        foreach (var (d, row) in Site.Documents.Zip(documents))
        {
            Assert.Equal(d.Name, row["name"]);
            Assert.Equal(J(d.Aliases), row["aliases"]);
            Assert.Equal(d.ELicense ? "true" : "false", row["e_license"]);
            Assert.Equal(J(Site.ProceduresNeeding(d.Id).Select(p => p.Id).Order(StringComparer.Ordinal)), row["procedures"]);
        }

        var offices = CsvReader.ReadRecords(Files[OpenDataPaths.OfficesCsv]);
        Assert.Equal(Site.Offices.Select(o => o.Id), offices.Select(r => r["id"]));
        var hall = offices.Single(r => r["id"] == "exit-entry-hall");
        Assert.Equal("周一至周五 09:00-17:00；周六 09:00-12:00", hall["hours"]);
        Assert.Equal("0000-11113333", hall["phone"]);
        Assert.Equal("true", hall["accessible"]);
    }

    [Fact]
    public void Awkward_values_are_quoted_per_rfc_4180_and_read_back_unchanged()
    {
        var table = new CsvTable("a", "b", "c", "d");
        table.Row("逗号,在内", "引号\"在内\"", "换行\n在内", 1.50m);
        table.Row(null, true, new DateOnly(2026, 1, 2), new[] { "甲", "乙" });
        var bytes = table.ToBytes();
        Assert.Contains("\"引号\"\"在内\"\"\"", Encoding.UTF8.GetString(bytes));
        var rows = CsvReader.Read(bytes);
        Assert.Equal(["逗号,在内", "引号\"在内\"", "换行\n在内", "1.5"], rows[1]);
        Assert.Equal(["", "true", "2026-01-02", "甲；乙"], rows[2]);
        Assert.Equal(2, table.RowCount);
    }
}
