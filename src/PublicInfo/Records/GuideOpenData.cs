using PublicInfo.Content;

namespace PublicInfo.Records;

/// <summary>
/// What one guide puts into the open data: its record, its rows of the two CSV files and of the HSDS tables. The bulk
/// files are these parts joined in id order, so a process that keeps each guide's parts by the guide's inputs (the build
/// server) makes only the edited guide's parts again after an edit.
/// </summary>
public sealed record GuideOpenData(byte[] Record, string ProcedureLine, string MaterialLines, int MaterialCount, HsdsRows[] Hsds)
{
    public static GuideOpenData Of(Procedure p, SiteModel site) => new(
        ProcedureRecord.Bytes(p, site),
        ProcedureCsv.ProcedureLine(p, site),
        ProcedureCsv.MaterialLines(p, site),
        p.Materials.Count,
        HsdsExport.GuideRows(p, site));
}
