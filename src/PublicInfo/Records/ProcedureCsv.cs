using PublicInfo.Content;

namespace PublicInfo.Records;

/// <summary>The guides as two flat tables: <c>procedures.csv</c> (one row per guide) and <c>procedure-materials.csv</c>
/// (one row per guide × material, in the order the guide lists them).</summary>
/// <remarks>Columns are the record's keys flattened with underscores (<c>time_limit.legal.value</c> becomes
/// <c>legal_limit_value</c>); lists are joined with <see cref="CsvTable.ListSeparator"/>. The Markdown body is left out:
/// it is long free text that spreadsheets handle badly; it is in the JSON.</remarks>
public static class ProcedureCsv
{
    /// <summary>The header of procedures.csv, in column order.</summary>
    public static readonly string[] Columns =
    [
        "id", "title", "category", "category_name", "item_type", "catalog_code", "implementation_code", "summary",
        "aliases", "authority", "legal_basis", "audience", "conditions", "material_count", "materials", "required_materials",
        "steps", "legal_limit_value", "legal_limit_unit", "promised_limit_value", "promised_limit_unit", "case_type",
        "free", "fee_total", "fees", "online_available", "online_depth", "online_url", "online_appointment",
        "visits_max", "visits_reason", "scope", "offices", "office_names", "consult_phone", "complaint_phone",
        "result_name", "result_validity", "status", "effective_from", "review_due", "change_note", "page_url", "record_url",
    ];

    /// <summary>The header of procedure-materials.csv, in column order.</summary>
    public static readonly string[] MaterialColumns =
    [
        "procedure_id", "procedure_title", "position", "document_id", "document_name", "originals", "copies",
        "necessity", "form", "when", "note", "e_license",
    ];

    /// <summary>procedures.csv, one row per guide, from each guide's <see cref="ProcedureLine"/> in id order.</summary>
    public static CsvTable Procedures(IEnumerable<string> lines)
    {
        var table = new CsvTable(Columns);
        foreach (var line in lines) table.AppendLines(line, 1);
        return table;
    }

    /// <summary>A guide's row of procedures.csv, as text.</summary>
    public static string ProcedureLine(Procedure p, SiteModel site) => CsvTable.Lines(Columns.Length, [ProcedureFields(p, site)]);

    private static object?[] ProcedureFields(Procedure p, SiteModel site) =>
    [
        p.Id, p.Title, p.Category, site.FindCategory(p.Category)?.Name, p.ItemType, p.Codes?.Catalog, p.Codes?.Implementation,
        p.Summary, p.Aliases, p.Authority, p.LegalBasis.Select(LegalBasisText), p.Audience, p.Conditions,
        p.Materials.Count, p.Materials.Select(m => DocumentName(site, m.Document)),
        p.Materials.Where(m => m.Necessity == "必要").Select(m => DocumentName(site, m.Document)),
        p.Steps.Select(s => s.Name), p.TimeLimit.Legal?.Value, p.TimeLimit.Legal?.Unit,
        p.TimeLimit.Promised?.Value, p.TimeLimit.Promised?.Unit, p.CaseType,
        p.IsFree, p.Fees.Sum(f => f.Amount), p.Fees.Select(FeeText),
        p.Online?.Available, p.Online?.Depth, p.Online?.Url, p.Online?.Appointment,
        p.Visits.Max, p.Visits.Reason, p.Scope, p.Offices, p.Offices.Select(o => site.FindOffice(o)?.Name ?? o),
        p.Phones.Consult, p.Phones.Complaint, p.Result?.Name, p.Result?.Validity, p.Status, p.EffectiveFrom,
        p.ReviewDue, p.ChangeNote,
        OpenDataPaths.Absolute(site.Config.BaseUrl, OpenDataPaths.ProcedurePage(p.Id)),
        OpenDataPaths.Absolute(site.Config.BaseUrl, OpenDataPaths.Procedure(p.Id)),
    ];

    /// <summary>procedure-materials.csv, one row per material of each guide (guides in id order, materials in the guide's
    /// order, position from 1), from each guide's <see cref="MaterialLines"/> and their count.</summary>
    public static CsvTable Materials(IEnumerable<(string Lines, int Count)> guides)
    {
        var table = new CsvTable(MaterialColumns);
        foreach (var (lines, count) in guides) table.AppendLines(lines, count);
        return table;
    }

    /// <summary>A guide's rows of procedure-materials.csv (one per material), as text.</summary>
    public static string MaterialLines(Procedure p, SiteModel site) => CsvTable.Lines(MaterialColumns.Length,
        p.Materials.Select((m, i) =>
        {
            var document = site.FindDocument(m.Document);
            return new object?[]
            {
                p.Id, p.Title, i + 1, m.Document, document?.Name, m.Originals, m.Copies, m.Necessity, m.Form, m.When, m.Note,
                document?.ELicense,
            };
        }));

    /// <summary>《name》article, e.g. 中华人民共和国护照法 第六条.</summary>
    public static string LegalBasisText(LegalBasis b) => string.IsNullOrEmpty(b.Article) ? b.Name : $"{b.Name} {b.Article}";

    /// <summary>name amount元/unit, e.g. 普通护照 120元/本.</summary>
    public static string FeeText(Fee f) =>
        $"{f.Name} {CsvTable.Format(f.Amount)}元" + (string.IsNullOrEmpty(f.Unit) ? "" : "/" + f.Unit);

    private static string DocumentName(SiteModel site, string id) => site.FindDocument(id)?.Name ?? id;
}
