using System.Text.Json;
using PublicInfo.Content;

namespace PublicInfo.Records;

/// <summary>An Open Referral HSDS 3.0-shaped export: each table one JSON array under <c>data/hsds/</c>, rows linked by
/// UUID foreign keys (<c>service_id</c>, <c>location_id</c>), the way HSDS's tabular form links them.</summary>
/// <remarks>Mapping: a guide is a <c>service</c>; a material a <c>required_document</c>; a fee a <c>cost_option</c>;
/// an office a <c>location</c> with its opening periods as weekly <c>schedule</c> rows (RFC 5545 BYDAY, times in
/// UTC+08:00); guide × office a <c>service_at_location</c>; the bureau the one <c>organization</c>. Status: active → active,
/// suspended → temporarily closed, withdrawn → defunct. Ids are <see cref="StableUuid"/>s of the slug ids.</remarks>
public static class HsdsExport
{
    /// <summary>The table names, in the order they are written; each is <c>data/hsds/&lt;name&gt;.json</c>.</summary>
    public static readonly string[] Tables =
        ["organizations", "services", "required_documents", "cost_options", "locations", "schedules", "service_at_locations"];

    /// <summary>The tables with a guide's rows in them, in <see cref="Tables"/> order: the parts
    /// <see cref="GuideRows"/> gives for each guide.</summary>
    public static readonly string[] GuideTables = ["services", "required_documents", "cost_options", "service_at_locations"];

    private static readonly string OrganizationId = StableUuid.For("organization");

    /// <summary>Every table's bytes and row count, in <see cref="Tables"/> order: from each guide's
    /// <see cref="GuideRows"/> (in id order) and the site's own rows.</summary>
    /// <param name="joined">The build server's tables of the last build, taken again when made of equal rows.</param>
    public static IReadOnlyList<(string Table, byte[] Bytes, int Count)> Write(SiteModel site, IReadOnlyList<HsdsRows[]> guides,
        JoinedFileMemo? joined = null)
    {
        (string, byte[], int) Joined(string table)
        {
            var at = Array.IndexOf(GuideTables, table);
            var parts = guides.Select(g => g[at]).Where(r => r.Count > 0).ToArray();
            byte[] Join() => CanonicalJson.Join("["u8, parts.Select(r => r.Elements).ToArray(), "]"u8);
            var bytes = joined is null ? Join()
                : joined.Get(OpenDataPaths.Hsds(table), parts, (a, b) => a.Count == b.Count && JoinedFileMemo.SameBytes(a.Elements, b.Elements), Join);
            return (table, bytes, parts.Sum(r => r.Count));
        }

        return
        [
            Table("organizations", new[] { site.Config }, (w, c) =>
            {
                w.WriteString("id", OrganizationId);
                w.WriteString("name", c.Organisation);
                w.WriteString("description", c.Title);
                w.WriteString("website", c.BaseUrl);
            }),
            Joined("services"),
            Joined("required_documents"),
            Joined("cost_options"),
            Table("locations", site.Offices, (w, o) =>
            {
                var id = StableUuid.For("location", o.Id);
                w.WriteString("id", id);
                w.WriteString("location_type", "physical");
                w.WriteString("organization_id", OrganizationId);
                w.WriteString("name", o.Name);
                w.WriteString("description", o.Note);
                w.WriteNull("latitude");
                w.WriteNull("longitude");
                w.WriteString("external_identifier", o.Id);
                w.WriteString("external_identifier_type", "publicinfo office id");
                w.WriteStartArray("addresses");
                w.WriteStartObject();
                w.WriteString("id", StableUuid.For("address", o.Id));
                w.WriteString("location_id", id);
                w.WriteString("address_1", o.Address);
                w.WriteString("city", City(o.Address));
                w.WriteString("state_province", "");
                w.WriteString("postal_code", "");
                w.WriteString("country", "CN");
                w.WriteString("address_type", "physical");
                w.WriteEndObject();
                w.WriteEndArray();
                w.WriteStartArray("phones");
                w.WriteStartObject();
                w.WriteString("id", StableUuid.For("phone", o.Id));
                w.WriteString("location_id", id);
                w.WriteString("number", o.Phone);
                w.WriteString("type", "voice");
                w.WriteEndObject();
                w.WriteEndArray();
                w.WriteStartArray("accessibility");
                if (o.Accessible)
                {
                    w.WriteStartObject();
                    w.WriteString("id", StableUuid.For("accessibility", o.Id));
                    w.WriteString("location_id", id);
                    w.WriteString("description", "无障碍通行");
                    w.WriteEndObject();
                }
                w.WriteEndArray();
            }),
            Table("schedules", site.Offices.SelectMany(o => o.Hours.Select((h, i) => (o, h, i))), (w, x) =>
            {
                w.WriteString("id", StableUuid.For("schedule", x.o.Id, x.h.Days, x.i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                w.WriteString("location_id", StableUuid.For("location", x.o.Id));
                w.WriteString("freq", "WEEKLY");
                w.WriteString("wkst", "MO");
                w.WriteString("byday", WeekDays.ToByDay(x.h.Days));
                w.WriteString("opens_at", x.h.Open + "+08:00");
                w.WriteString("closes_at", x.h.Close + "+08:00");
                w.WriteNumber("timezone", 8);
                w.WriteString("description", CatalogueExport.HoursText(x.h));
                w.WriteString("notes", x.o.Note);
            }),
            Joined("service_at_locations"),
        ];
    }

    /// <summary>A guide's rows of each of <see cref="GuideTables"/>: JSON objects joined by commas, without brackets.</summary>
    public static HsdsRows[] GuideRows(Procedure p, SiteModel site) =>
    [
        Rows(new[] { p }, (w, _) =>
        {
            w.WriteString("id", StableUuid.For("service", p.Id));
            w.WriteString("organization_id", OrganizationId);
            w.WriteString("name", p.Title);
            w.WriteString("alternate_name", p.Aliases.Count == 0 ? null : string.Join(CsvTable.ListSeparator, p.Aliases));
            w.WriteString("description", p.Summary);
            w.WriteString("url", OpenDataPaths.Absolute(site.Config.BaseUrl, OpenDataPaths.ProcedurePage(p.Id)));
            w.WriteString("status", Status(p.Status));
            w.WriteString("application_process",
                string.Join("\n", p.Steps.Select((s, i) => $"{i + 1}. {s.Name}：{s.Detail}")));
            w.WriteString("fees_description",
                p.IsFree ? "免费" : string.Join(CsvTable.ListSeparator, p.Fees.Select(ProcedureCsv.FeeText)));
            w.WriteString("eligibility_description",
                p.Conditions.Count == 0 ? null : string.Join(CsvTable.ListSeparator, p.Conditions));
            w.WriteString("alert", p.Status switch { "suspended" => "暂停办理", "withdrawn" => "已停止办理", _ => null });
            w.WriteString("last_modified", p.EffectiveFrom.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "T00:00:00+08:00");
        }),
        Rows(p.Materials.Select(m => (p, m)).DistinctBy(x => x.m.Document), (w, x) =>
        {
            w.WriteString("id", StableUuid.For("required_document", x.p.Id, x.m.Document));
            w.WriteString("service_id", StableUuid.For("service", x.p.Id));
            w.WriteString("document", RequiredDocumentText(site, x.m));
            w.WriteNull("uri");
        }),
        Rows(p.Fees.Select((f, i) => (p, f, i)), (w, x) =>
        {
            w.WriteString("id", StableUuid.For("cost_option", x.p.Id, x.f.Name, x.i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            w.WriteString("service_id", StableUuid.For("service", x.p.Id));
            w.WriteString("valid_from", x.p.EffectiveFrom.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            w.WriteNull("valid_to");
            w.WriteString("option", x.f.Name);
            w.WriteString("currency", "CNY");
            w.WriteNumber("amount", CanonicalJson.Normalize(x.f.Amount));
            w.WriteString("amount_description",
                (string.IsNullOrEmpty(x.f.Unit) ? "" : "每" + x.f.Unit + CsvTable.ListSeparator) + "依据：" + x.f.Basis);
        }),
        Rows(p.Offices.Distinct().Where(o => site.FindOffice(o) is not null).Select(o => (p, o)), (w, x) =>
        {
            w.WriteString("id", StableUuid.For("service_at_location", x.p.Id, x.o));
            w.WriteString("service_id", StableUuid.For("service", x.p.Id));
            w.WriteString("location_id", StableUuid.For("location", x.o));
        }),
    ];

    /// <summary>HSDS service status for a guide status.</summary>
    public static string Status(string status) => status switch
    {
        "suspended" => "temporarily closed",
        "withdrawn" => "defunct",
        _ => "active",
    };

    private static string RequiredDocumentText(SiteModel site, Material m)
    {
        var name = site.FindDocument(m.Document)?.Name ?? m.Document;
        var qualifiers = new[] { m.Necessity == "必要" ? null : m.Necessity, m.When, m.Note }
            .Where(q => !string.IsNullOrWhiteSpace(q)).ToList();
        return qualifiers.Count == 0 ? name : $"{name}（{string.Join(CsvTable.ListSeparator, qualifiers)}）";
    }

    /// <summary>示例市人民路20号 → 示例市; empty when the address names no 市.</summary>
    private static string City(string address)
    {
        var at = address.IndexOf('市');
        return at < 0 ? "" : address[..(at + 1)];
    }

    private static HsdsRows Rows<T>(IEnumerable<T> rows, Action<Utf8JsonWriter, T> write)
    {
        var (_, bytes, count) = Table("", rows, write);
        return new HsdsRows(bytes[1..^1], count);
    }

    private static (string, byte[], int) Table<T>(string name, IEnumerable<T> rows, Action<Utf8JsonWriter, T> write)
    {
        var count = 0;
        var bytes = CanonicalJson.Write(w =>
        {
            w.WriteStartArray();
            foreach (var row in rows)
            {
                w.WriteStartObject();
                write(w, row);
                w.WriteEndObject();
                count++;
            }
            w.WriteEndArray();
        });
        return (name, bytes, count);
    }
}

/// <summary>Rows of one HSDS table: JSON objects joined by commas (no brackets), and how many.</summary>
public sealed record HsdsRows(byte[] Elements, int Count);
