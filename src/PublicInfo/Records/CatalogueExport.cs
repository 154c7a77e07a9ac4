using System.Text.Json;
using PublicInfo.Content;

namespace PublicInfo.Records;

/// <summary>The document catalogue and the offices as JSON and CSV, each entry with the guides that refer to it.</summary>
public static class CatalogueExport
{
    /// <summary>Columns of documents.csv.</summary>
    public static readonly string[] DocumentColumns =
        ["id", "name", "aliases", "issuer", "note", "e_license", "procedure_count", "procedures"];

    /// <summary>Columns of offices.csv; <c>hours</c> is each period as "days open-close", joined with the list separator.</summary>
    public static readonly string[] OfficeColumns =
        ["id", "name", "address", "hours", "phone", "accessible", "note", "handles", "procedure_count", "procedures"];

    /// <summary>documents.json: <c>{"count", "documents": [{id, name, aliases, issuer, note, e_license, procedures}]}</c>.</summary>
    public static byte[] DocumentsJson(SiteModel site) => CanonicalJson.Write(w =>
    {
        w.WriteStartObject();
        w.WriteNumber("count", site.Documents.Count);
        w.WriteStartArray("documents");
        foreach (var d in site.Documents)
        {
            w.WriteStartObject();
            w.WriteString("id", d.Id);
            w.WriteString("name", d.Name);
            Strings(w, "aliases", d.Aliases);
            w.WriteString("issuer", d.Issuer);
            w.WriteString("note", d.Note);
            w.WriteBoolean("e_license", d.ELicense);
            Strings(w, "procedures", ProceduresNeeding(site, d.Id));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    });

    /// <summary>documents.csv: one row per document type, in id order.</summary>
    public static CsvTable DocumentsCsv(SiteModel site)
    {
        var table = new CsvTable(DocumentColumns);
        foreach (var d in site.Documents)
        {
            var procedures = ProceduresNeeding(site, d.Id);
            table.Row(d.Id, d.Name, d.Aliases, d.Issuer, d.Note, d.ELicense, procedures.Count, procedures);
        }
        return table;
    }

    /// <summary>offices.json: <c>{"count", "offices": [{id, name, address, hours: [{days, open, close}], phone, accessible, note, handles, procedures}]}</c>.</summary>
    public static byte[] OfficesJson(SiteModel site) => CanonicalJson.Write(w =>
    {
        w.WriteStartObject();
        w.WriteNumber("count", site.Offices.Count);
        w.WriteStartArray("offices");
        foreach (var o in site.Offices)
        {
            w.WriteStartObject();
            w.WriteString("id", o.Id);
            w.WriteString("name", o.Name);
            w.WriteString("address", o.Address);
            w.WriteStartArray("hours");
            foreach (var h in o.Hours)
            {
                w.WriteStartObject();
                w.WriteString("days", h.Days);
                w.WriteString("open", h.Open);
                w.WriteString("close", h.Close);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteString("phone", o.Phone);
            w.WriteBoolean("accessible", o.Accessible);
            w.WriteString("note", o.Note);
            Strings(w, "handles", o.Handles);
            Strings(w, "procedures", ProceduresAt(site, o.Id));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    });

    /// <summary>offices.csv: one row per office, in id order.</summary>
    public static CsvTable OfficesCsv(SiteModel site)
    {
        var table = new CsvTable(OfficeColumns);
        foreach (var o in site.Offices)
        {
            var procedures = ProceduresAt(site, o.Id);
            table.Row(o.Id, o.Name, o.Address, o.Hours.Select(HoursText), o.Phone, o.Accessible, o.Note, o.Handles,
                procedures.Count, procedures);
        }
        return table;
    }

    /// <summary>周一至周五 09:00-17:00.</summary>
    public static string HoursText(OpeningHours h) => $"{h.Days} {h.Open}-{h.Close}";

    private static List<string> ProceduresNeeding(SiteModel site, string documentId) =>
        site.ProceduresNeeding(documentId).Select(p => p.Id).Order(StringComparer.Ordinal).ToList();

    private static List<string> ProceduresAt(SiteModel site, string officeId) =>
        site.ProceduresAt(officeId).Select(p => p.Id).Order(StringComparer.Ordinal).ToList();

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }
}
