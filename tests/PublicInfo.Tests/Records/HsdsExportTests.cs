using System.Text.Json;
using PublicInfo.Records;

namespace PublicInfo.Tests.Records;

/// <summary>The HSDS tables use only HSDS 3.0 field names, carry the fields HSDS requires, and use UUID ids.</summary>
/// <remarks>Field lists transcribed from the HSDS 3.0 schema (openreferral/specification, schema/*.json), trimmed to the
/// scalar and nested fields a flat export can carry.</remarks>
public class HsdsExportTests
{
    private static readonly Dictionary<string, (string[] Allowed, string[] Required)> Tables = new()
    {
        ["organizations"] = (["id", "name", "alternate_name", "description", "email", "website", "legal_status", "logo", "uri", "parent_organization_id"], ["id", "name", "description"]),
        ["services"] = (["id", "organization_id", "program_id", "name", "alternate_name", "description", "url", "email", "status",
            "interpretation_services", "application_process", "fees_description", "accreditations", "eligibility_description",
            "minimum_age", "maximum_age", "assured_date", "assurer_email", "alert", "last_modified"], ["id", "name", "status"]),
        ["required_documents"] = (["id", "service_id", "document", "uri"], ["id"]),
        ["cost_options"] = (["id", "service_id", "valid_from", "valid_to", "option", "currency", "amount", "amount_description"], ["id"]),
        ["locations"] = (["id", "location_type", "url", "organization_id", "name", "alternate_name", "description", "transportation",
            "latitude", "longitude", "external_identifier", "external_identifier_type", "addresses", "phones", "accessibility", "schedules"],
            ["id", "location_type"]),
        ["schedules"] = (["id", "service_id", "location_id", "service_at_location_id", "valid_from", "valid_to", "dtstart", "timezone",
            "until", "count", "wkst", "freq", "interval", "byday", "byweekno", "bymonthday", "byyearday", "description", "opens_at",
            "closes_at", "schedule_link", "attending_type", "notes"], ["id"]),
        ["service_at_locations"] = (["id", "service_id", "location_id", "description"], ["id"]),
    };

    private static readonly Dictionary<string, (string[] Allowed, string[] Required)> Nested = new()
    {
        ["addresses"] = (["id", "location_id", "attention", "address_1", "address_2", "city", "region", "state_province", "postal_code", "country", "address_type"],
            ["id", "address_1", "city", "state_province", "postal_code", "country", "address_type"]),
        ["phones"] = (["id", "location_id", "service_id", "organization_id", "contact_id", "service_at_location_id", "number", "extension", "type", "description"], ["id", "number"]),
        ["accessibility"] = (["id", "location_id", "description", "details", "url"], ["id"]),
    };

    public static TheoryData<string> TableNames => new(HsdsExport.Tables);

    [Theory]
    [MemberData(nameof(TableNames))]
    public void Rows_use_hsds_field_names_and_uuid_ids(string table)
    {
        var site = SampleSites.Minimal();
        var bytes = OpenDataExporter.Export(site).Single(d => d.Destination == OpenDataPaths.Hsds(table)).Content;
        using var json = JsonDocument.Parse(bytes);
        Assert.NotEmpty(json.RootElement.EnumerateArray());
        foreach (var row in json.RootElement.EnumerateArray()) CheckRow(table, row, Tables[table]);
    }

    [Fact]
    public void A_table_no_guide_has_rows_in_is_an_empty_array()
    {
        var tables = HsdsExport.Write(SampleSites.Minimal(), []);
        foreach (var table in HsdsExport.GuideTables)
        {
            var (_, bytes, count) = tables.Single(t => t.Table == table);
            Assert.Equal("[]", System.Text.Encoding.UTF8.GetString(bytes));
            Assert.Equal(0, count);
        }
    }

    private static void CheckRow(string table, JsonElement row, (string[] Allowed, string[] Required) fields)
    {
        foreach (var p in row.EnumerateObject())
        {
            Assert.True(fields.Allowed.Contains(p.Name), $"{table}.{p.Name} is not an HSDS 3.0 field");
            if (p.Name == "id" || p.Name.EndsWith("_id") && p.Value.ValueKind == JsonValueKind.String)
                Assert.True(Guid.TryParseExact(p.Value.GetString(), "D", out _), $"{table}.{p.Name} is not a UUID");
            if (Nested.TryGetValue(p.Name, out var nested))
                foreach (var item in p.Value.EnumerateArray()) CheckRow(p.Name, item, nested);
        }
        foreach (var name in fields.Required)
            Assert.True(row.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null, $"{table} row lacks required {name}");
        if (row.TryGetProperty("status", out var status))
            Assert.Contains(status.GetString(), new[] { "active", "inactive", "defunct", "temporarily closed" });
        if (row.TryGetProperty("location_type", out var type))
            Assert.Contains(type.GetString(), new[] { "physical", "postal", "virtual" });
    }
}
