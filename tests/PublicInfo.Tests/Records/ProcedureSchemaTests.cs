using System.Text.Json;
using System.Text.Json.Nodes;
using PublicInfo.Content;
using PublicInfo.Records;
using Xunit.Abstractions;

namespace PublicInfo.Tests.Records;

/// <summary>The published JSON Schema accepts every record the site produces and rejects broken ones.</summary>
public class ProcedureSchemaTests(ITestOutputHelper output)
{
    private static JsonElement Schema(SiteModel site) => JsonDocument.Parse(ProcedureSchema.Bytes(site.Config.BaseUrl)).RootElement;

    private static void AssertAllRecordsValid(SiteModel site)
    {
        var schema = Schema(site);
        Assert.NotEmpty(site.Procedures);
        foreach (var p in site.Procedures)
        {
            using var record = JsonDocument.Parse(ProcedureRecord.Bytes(p, site));
            var errors = SchemaValidator.Validate(schema, record.RootElement);
            Assert.True(errors.Count == 0, $"{p.Id}: {string.Join("; ", errors)}");
        }
    }

    [Fact]
    public void Every_record_of_the_minimal_fixture_is_valid() => AssertAllRecordsValid(SampleSites.Minimal());

    [Fact]
    public void Every_record_of_the_shipped_sample_is_valid()
    {
        var root = SampleSites.ShippedRoot();
        var site = SampleSites.Load(root);
        output.WriteLine($"{site.Procedures.Count} guides from {root}");
        AssertAllRecordsValid(site);
    }

    [Fact]
    public void The_schema_is_strict_draft_2020_12_with_the_vocabulary_enums()
    {
        var schema = Schema(SampleSites.Minimal());
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", schema.GetProperty("$schema").GetString());
        Assert.Equal("https://ga.test.invalid/data/schema/procedure.schema.json", schema.GetProperty("$id").GetString());
        Assert.False(schema.GetProperty("additionalProperties").GetBoolean());
        var props = schema.GetProperty("properties");
        string[] Enum(JsonElement e) => e.GetProperty("enum").EnumerateArray().Select(v => v.ValueKind == JsonValueKind.Null ? "(null)" : v.GetString()!).ToArray();
        Assert.Equal([.. Vocabulary.Statuses], Enum(props.GetProperty("status")));
        Assert.Equal([.. Vocabulary.ItemTypes, "(null)"], Enum(props.GetProperty("item_type")));
        Assert.Equal([.. Vocabulary.CaseTypes, "(null)"], Enum(props.GetProperty("case_type")));
        Assert.Equal([.. Vocabulary.Scopes, "(null)"], Enum(props.GetProperty("scope")));
        var material = props.GetProperty("materials").GetProperty("items").GetProperty("properties");
        Assert.Equal([.. Vocabulary.Necessities], Enum(material.GetProperty("necessity")));
        Assert.Equal([.. Vocabulary.Forms, "(null)"], Enum(material.GetProperty("form")));
    }

    [Fact]
    public void The_schema_requires_exactly_the_keys_the_record_writes()
    {
        var site = SampleSites.Minimal();
        var schema = Schema(site);
        using var record = JsonDocument.Parse(ProcedureRecord.Bytes(site.Procedures[0], site));
        Assert.Equal(record.RootElement.EnumerateObject().Select(p => p.Name),
            schema.GetProperty("required").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(record.RootElement.EnumerateObject().Select(p => p.Name),
            schema.GetProperty("properties").EnumerateObject().Select(p => p.Name));
    }

    public static TheoryData<string, string> BrokenRecords => new()
    {
        // case, expected fragment of the error
        { "missing title", "required property 'title'" },
        { "unknown status", "is not one of" },
        { "unknown necessity", "is not one of" },
        { "extra key", "property not allowed" },
        { "bad date", "is not a date" },
        { "negative copies", "less than 0" },
        { "fractional copies", "expected integer" },
        { "upper-case id", "does not match" },
        { "string for number", "expected number" },
        { "null where required", "expected string" },
    };

    [Theory]
    [MemberData(nameof(BrokenRecords))]
    public void A_broken_record_fails(string @case, string expected)
    {
        var site = SampleSites.Minimal();
        var record = JsonNode.Parse(ProcedureRecord.Bytes(site.FindProcedure("id-card-renewal")!, site))!.AsObject();
        var material = record["materials"]![0]!.AsObject();
        switch (@case)
        {
            case "missing title": record.Remove("title"); break;
            case "unknown status": record["status"] = "deleted"; break;
            case "unknown necessity": material["necessity"] = "可选"; break;
            case "extra key": record["stauts"] = "active"; break;
            case "bad date": record["effective_from"] = "2024-13-01"; break;
            case "negative copies": material["copies"] = -1; break;
            case "fractional copies": material["copies"] = 1.5; break;
            case "upper-case id": record["id"] = "ID_Card"; break;
            case "string for number": record["fees"]![0]!["amount"] = "20"; break;
            case "null where required": record["summary"] = null; break;
        }
        using var broken = JsonDocument.Parse(record.ToJsonString());
        var errors = SchemaValidator.Validate(Schema(site), broken.RootElement);
        Assert.Contains(errors, e => e.Contains(expected));
    }
}
