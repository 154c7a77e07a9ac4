using System.Text;
using System.Text.Json;
using PublicInfo.Build;
using PublicInfo.Records;
using PublicInfo.Tests.Support;

namespace PublicInfo.Tests.Records;

/// <summary>What the exporter promises: fixed paths, deterministic bytes, records identical to the log's, withdrawn guides kept.</summary>
public class OpenDataExporterTests
{
    private static Dictionary<string, byte[]> Export(PublicInfo.Content.SiteModel site) =>
        OpenDataExporter.Export(site).ToDictionary(d => d.Destination, d => d.Content.ToArray());

    [Fact]
    public void Paths_are_the_published_contract()
    {
        var paths = OpenDataExporter.Export(SampleSites.Minimal()).Select(d => d.Destination).ToList();
        Assert.Equal(
        [
            "data/procedures/id-card-renewal.json",
            "data/procedures/passport-first-issue.json",
            "data/procedures.json",
            "data/procedures.csv",
            "data/procedure-materials.csv",
            "data/documents.json",
            "data/documents.csv",
            "data/offices.json",
            "data/offices.csv",
            "data/hsds/organizations.json",
            "data/hsds/services.json",
            "data/hsds/required_documents.json",
            "data/hsds/cost_options.json",
            "data/hsds/locations.json",
            "data/hsds/schedules.json",
            "data/hsds/service_at_locations.json",
            "data/schema/procedure.schema.json",
            "data/catalog.jsonld",
        ], paths);
    }

    [Fact]
    public void Same_content_gives_the_same_bytes_in_the_same_order()
    {
        var first = OpenDataExporter.Export(SampleSites.Minimal());
        var second = OpenDataExporter.Export(SampleSites.Minimal());
        Assert.Equal(first.Select(d => d.Destination), second.Select(d => d.Destination));
        foreach (var (a, b) in first.Zip(second))
            Assert.True(a.Content.Span.SequenceEqual(b.Content.Span), $"{a.Destination} differs between two exports");
    }

    [Fact]
    public void The_build_date_changes_nothing_while_the_same_versions_are_in_force()
    {
        // Catches any use of the clock or of Today in the bytes: between these dates no scheduled version takes effect.
        var root = RepoPaths.Fixture("minimal");
        var a = Export(SiteChecker.Check(root, new DateOnly(2026, 11, 25)).Site!);
        var b = Export(SiteChecker.Check(root, new DateOnly(2026, 12, 20)).Site!);
        Assert.Equal(a.Keys, b.Keys);
        foreach (var path in a.Keys) Assert.True(a[path].SequenceEqual(b[path]), $"{path} depends on the build date");
    }

    [Fact]
    public void Each_record_file_is_exactly_the_ProcedureRecord_bytes()
    {
        var site = SampleSites.Minimal();
        var files = Export(site);
        Assert.NotEmpty(site.Procedures);
        foreach (var p in site.Procedures)
            Assert.Equal(ProcedureRecord.Bytes(p, site), files[OpenDataPaths.Procedure(p.Id)]);
    }

    [Fact]
    public void The_bulk_json_embeds_each_record_byte_for_byte_in_id_order()
    {
        var site = SampleSites.Minimal();
        var files = Export(site);
        using var bulk = JsonDocument.Parse(files[OpenDataPaths.Procedures]);
        var items = bulk.RootElement.GetProperty("procedures").EnumerateArray().ToList();
        Assert.Equal(site.Procedures.Count, bulk.RootElement.GetProperty("count").GetInt32());
        Assert.Equal(site.Procedures.Select(p => p.Id).Order(StringComparer.Ordinal), items.Select(i => i.GetProperty("id").GetString()));
        foreach (var (p, item) in site.Procedures.Zip(items))
            Assert.Equal(Encoding.UTF8.GetString(ProcedureRecord.Bytes(p, site)), item.GetRawText());
        Assert.Equal(DataCatalog.License, bulk.RootElement.GetProperty("license").GetString());
    }

    [Fact]
    public void The_record_is_the_version_in_force_not_the_announced_one()
    {
        var site = SampleSites.Minimal();
        Assert.NotNull(site.UpcomingVersionOf("passport-first-issue"));
        using var record = JsonDocument.Parse(Export(site)[OpenDataPaths.Procedure("passport-first-issue")]);
        Assert.Equal(site.FindProcedure("passport-first-issue")!.EffectiveFrom.ToString("yyyy-MM-dd"),
            record.RootElement.GetProperty("effective_from").GetString());
    }

    [Fact]
    public void A_withdrawn_guide_keeps_its_record_with_status_withdrawn()
    {
        using var temp = TempSite.CopyOf(RepoPaths.Fixture("minimal"));
        temp.Replace("input/procedures/id-card/id-card-renewal.md", "status: active", "status: withdrawn");
        var site = SampleSites.Load(temp.Root);
        var files = Export(site);

        using var record = JsonDocument.Parse(files[OpenDataPaths.Procedure("id-card-renewal")]);
        Assert.Equal("withdrawn", record.RootElement.GetProperty("status").GetString());

        using var bulk = JsonDocument.Parse(files[OpenDataPaths.Procedures]);
        Assert.Contains(bulk.RootElement.GetProperty("procedures").EnumerateArray(),
            r => r.GetProperty("id").GetString() == "id-card-renewal" && r.GetProperty("status").GetString() == "withdrawn");

        var row = CsvReader.ReadRecords(files[OpenDataPaths.ProceduresCsv]).Single(r => r["id"] == "id-card-renewal");
        Assert.Equal("withdrawn", row["status"]);

        using var services = JsonDocument.Parse(files[OpenDataPaths.Hsds("services")]);
        var service = services.RootElement.EnumerateArray().Single(s => s.GetProperty("id").GetString() == StableUuid.For("service", "id-card-renewal"));
        Assert.Equal("defunct", service.GetProperty("status").GetString());

        var schema = JsonDocument.Parse(files[OpenDataPaths.Schema]).RootElement;
        Assert.Empty(SchemaValidator.Validate(schema, record.RootElement));
    }

    [Fact]
    public void Hsds_ids_are_name_based_uuids_of_the_slug_ids()
    {
        // RFC 9562 / Python's uuid.uuid5(uuid.NAMESPACE_DNS, "python.org").
        Assert.Equal(Guid.Parse("886313e1-3b8a-5372-9b90-0c9aee199e5d"),
            StableUuid.Create(Guid.Parse("6ba7b810-9dad-11d1-80b4-00c04fd430c8"), "python.org"));
        Assert.Equal(StableUuid.For("service", "id-card-renewal"), StableUuid.For("service", "id-card-renewal"));
        Assert.NotEqual(StableUuid.For("service", "id-card-renewal"), StableUuid.For("location", "id-card-renewal"));

        var files = Export(SampleSites.Minimal());
        using var services = JsonDocument.Parse(files[OpenDataPaths.Hsds("services")]);
        var ids = services.RootElement.EnumerateArray().Select(s => s.GetProperty("id").GetString()).ToList();
        Assert.Contains(StableUuid.For("service", "passport-first-issue"), ids);
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void Hsds_tables_link_by_foreign_keys_that_exist()
    {
        var files = Export(SampleSites.Minimal());
        JsonElement Table(string name) => JsonDocument.Parse(files[OpenDataPaths.Hsds(name)]).RootElement;
        var services = Table("services").EnumerateArray().Select(s => s.GetProperty("id").GetString()).ToHashSet();
        var locations = Table("locations").EnumerateArray().Select(s => s.GetProperty("id").GetString()).ToHashSet();
        foreach (var name in new[] { "required_documents", "cost_options", "service_at_locations" })
            Assert.All(Table(name).EnumerateArray(), r => Assert.Contains(r.GetProperty("service_id").GetString(), services));
        foreach (var name in new[] { "schedules", "service_at_locations" })
            Assert.All(Table(name).EnumerateArray(), r => Assert.Contains(r.GetProperty("location_id").GetString(), locations));

        var weekday = Table("schedules").EnumerateArray().First(s => s.GetProperty("description").GetString()!.StartsWith("周一至周五"));
        Assert.Equal("MO,TU,WE,TH,FR", weekday.GetProperty("byday").GetString());
        Assert.Equal("09:00+08:00", weekday.GetProperty("opens_at").GetString());
    }

    [Theory]
    [InlineData("周一至周五", "MO,TU,WE,TH,FR")]
    [InlineData("周六", "SA")]
    [InlineData("周六、周日", "SA,SU")]
    [InlineData("星期一至星期六", "MO,TU,WE,TH,FR,SA")]
    [InlineData("工作日", "MO,TU,WE,TH,FR")]
    [InlineData("每天", "MO,TU,WE,TH,FR,SA,SU")]
    [InlineData("节假日", null)]
    public void Day_ranges_read_as_byday(string days, string? expected) => Assert.Equal(expected, WeekDays.ToByDay(days));
}
