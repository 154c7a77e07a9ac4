using System.Text.Json;
using PublicInfo.Content;

namespace PublicInfo.Records;

/// <summary>The canonical JSON record of a guide: every field a citizen is shown, in schema order, with document names resolved.</summary>
/// <remarks>Absent optional values are written as null rather than left out, so every record has the same shape and a
/// field-level diff between two versions never has to guess whether a key was dropped or never existed.</remarks>
public static class ProcedureRecord
{
    public static byte[] Bytes(Procedure p, SiteModel site) => CanonicalJson.Write(w => Write(w, p, site));

    public static void Write(Utf8JsonWriter w, Procedure p, SiteModel site)
    {
        w.WriteStartObject();
        w.WriteString("id", p.Id);
        w.WriteString("title", p.Title);
        w.WriteString("category", p.Category);
        w.WriteString("category_name", site.FindCategory(p.Category)?.Name);
        w.WriteString("item_type", p.ItemType);
        w.WritePropertyName("codes");
        if (p.Codes is null) w.WriteNullValue();
        else
        {
            w.WriteStartObject();
            w.WriteString("catalog", p.Codes.Catalog);
            w.WriteString("implementation", p.Codes.Implementation);
            w.WriteEndObject();
        }
        w.WriteString("summary", p.Summary);
        Strings(w, "aliases", p.Aliases);
        w.WriteString("authority", p.Authority);
        w.WriteStartArray("legal_basis");
        foreach (var basis in p.LegalBasis)
        {
            w.WriteStartObject();
            w.WriteString("name", basis.Name);
            w.WriteString("article", basis.Article);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        Strings(w, "audience", p.Audience);
        Strings(w, "conditions", p.Conditions);
        w.WriteStartArray("materials");
        foreach (var m in p.Materials)
        {
            w.WriteStartObject();
            w.WriteString("document", m.Document);
            w.WriteString("name", site.FindDocument(m.Document)?.Name);
            w.WriteNumber("originals", m.Originals);
            w.WriteNumber("copies", m.Copies);
            w.WriteString("necessity", m.Necessity);
            w.WriteString("form", m.Form);
            w.WriteString("when", m.When);
            w.WriteString("note", m.Note);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("steps");
        foreach (var s in p.Steps)
        {
            w.WriteStartObject();
            w.WriteString("name", s.Name);
            w.WriteString("detail", s.Detail);
            w.WriteString("where", s.Where);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartObject("time_limit");
        Duration(w, "legal", p.TimeLimit.Legal);
        Duration(w, "promised", p.TimeLimit.Promised);
        w.WriteEndObject();
        w.WriteString("case_type", p.CaseType);
        w.WriteStartArray("fees");
        foreach (var f in p.Fees)
        {
            w.WriteStartObject();
            w.WriteString("name", f.Name);
            w.WriteNumber("amount", CanonicalJson.Normalize(f.Amount));
            w.WriteString("unit", f.Unit);
            w.WriteString("basis", f.Basis);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WritePropertyName("online");
        if (p.Online is null) w.WriteNullValue();
        else
        {
            w.WriteStartObject();
            w.WriteBoolean("available", p.Online.Available);
            if (p.Online.Depth is { } depth) w.WriteNumber("depth", depth); else w.WriteNull("depth");
            w.WriteString("url", p.Online.Url);
            w.WriteBoolean("appointment", p.Online.Appointment);
            w.WriteEndObject();
        }
        w.WriteStartObject("visits");
        w.WriteNumber("max", p.Visits.Max);
        w.WriteString("reason", p.Visits.Reason);
        w.WriteEndObject();
        w.WriteString("scope", p.Scope);
        w.WriteStartArray("offices");
        foreach (var id in p.Offices)
        {
            w.WriteStartObject();
            w.WriteString("id", id);
            w.WriteString("name", site.FindOffice(id)?.Name);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartObject("phones");
        w.WriteString("consult", p.Phones.Consult);
        w.WriteString("complaint", p.Phones.Complaint);
        w.WriteEndObject();
        w.WritePropertyName("result");
        if (p.Result is null) w.WriteNullValue();
        else
        {
            w.WriteStartObject();
            w.WriteString("name", p.Result.Name);
            w.WriteString("validity", p.Result.Validity);
            w.WriteEndObject();
        }
        w.WriteString("status", p.Status);
        w.WriteString("effective_from", p.EffectiveFrom.ToString("yyyy-MM-dd"));
        w.WriteString("review_due", p.ReviewDue?.ToString("yyyy-MM-dd"));
        w.WriteString("change_note", p.ChangeNote);
        w.WriteString("body", p.Body.Trim());
        w.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter w, string name, IReadOnlyList<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }

    private static void Duration(Utf8JsonWriter w, string name, Content.Duration? d)
    {
        w.WritePropertyName(name);
        if (d is null) { w.WriteNullValue(); return; }
        w.WriteStartObject();
        w.WriteNumber("value", CanonicalJson.Normalize(d.Value));
        w.WriteString("unit", d.Unit);
        w.WriteEndObject();
    }
}
