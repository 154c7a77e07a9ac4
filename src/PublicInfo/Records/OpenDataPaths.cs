namespace PublicInfo.Records;

/// <summary>The fixed paths of the open data under the site root. These are a public contract: never rename one.</summary>
public static class OpenDataPaths
{
    public const string Folder = "data/";
    public const string ProcedureFolder = "data/procedures/";
    public const string Procedures = "data/procedures.json";
    public const string ProceduresCsv = "data/procedures.csv";
    public const string MaterialsCsv = "data/procedure-materials.csv";
    public const string Documents = "data/documents.json";
    public const string DocumentsCsv = "data/documents.csv";
    public const string Offices = "data/offices.json";
    public const string OfficesCsv = "data/offices.csv";
    public const string HsdsFolder = "data/hsds/";
    public const string Schema = "data/schema/procedure.schema.json";
    public const string Catalog = "data/catalog.jsonld";

    /// <summary>The current record of one guide: <c>data/procedures/&lt;id&gt;.json</c>.</summary>
    public static string Procedure(string id) => ProcedureFolder + id + ".json";

    /// <summary>One HSDS table, e.g. <c>data/hsds/services.json</c>.</summary>
    public static string Hsds(string table) => HsdsFolder + table + ".json";

    /// <summary>The guide's human page, as the site renders it.</summary>
    public static string ProcedurePage(string id) => "procedures/" + id + "/";

    /// <summary>An absolute URL: the site's base URL joined with a site-relative path.</summary>
    public static string Absolute(string baseUrl, string path) => baseUrl.TrimEnd('/') + "/" + path.TrimStart('/');
}
