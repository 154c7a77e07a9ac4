using PublicInfo.Content;
using PublicInfo.Pipeline;

namespace PublicInfo.Records;

/// <summary>Every open-data file of a site (docs/OPEN-DATA.md): per-guide records, bulk JSON and CSV, the document catalogue
/// and offices, an HSDS 3.0 export, the record's JSON Schema and the DCAT catalogue, at fixed paths under <c>data/</c>.</summary>
/// <remarks>Pure: the same <see cref="SiteModel"/> (content + build date) gives the same documents with the same bytes,
/// in the same order. Rows are in id order (ordinal), numbers invariant, JSON in the <see cref="CanonicalJson"/> style.</remarks>
public static class OpenDataExporter
{
    /// <summary>The datasets of the catalogue, in the order listed on /data/.</summary>
    public static IReadOnlyList<OpenDataset> Datasets(SiteModel site)
    {
        var schema = OpenDataPaths.Absolute(site.Config.BaseUrl, OpenDataPaths.Schema);
        return
        [
            new("procedures", "办事指南（全部）",
                "每行（每条）是一项现行办事指南：事项名称、分类、设定依据、受理条件、申请材料、办理流程、时限、收费、网办、到现场次数、办理地点、咨询投诉电话和状态。",
                ["办事指南", "政务服务", "公安"], [schema]),
            new("procedure-records", "办事指南单条记录",
                "每个文件是一项办事指南的规范 JSON 记录，与发布日志中哈希的字节完全相同，地址为 data/procedures/<id>.json。",
                ["办事指南", "规范记录"], [schema]),
            new("procedure-materials", "申请材料清单",
                "每行是一项办事指南的一份申请材料（指南 × 材料），含原件、复印件份数和是否必要。",
                ["申请材料", "办事指南"], []),
            new("documents", "证件材料目录",
                "每条是一种证件或材料（如居民身份证），含别名、签发机关、是否认可电子证照，以及需要它的办事指南。",
                ["证件", "申请材料"], []),
            new("offices", "办事大厅",
                "每条是一个办事大厅：地址、办公时间、电话、无障碍设施，以及在此办理的办事指南。",
                ["办事大厅", "办公时间"], []),
            new("hsds", "HSDS 3.0 格式导出",
                "按 Open Referral HSDS 3.0 的表结构导出的服务、所需材料、收费、地点、办公时间，供其他服务目录系统导入。",
                ["HSDS", "Open Referral"], [DataCatalog.HsdsSpecification]),
        ];
    }

    /// <summary>Every data file except the catalogue, in a fixed order (records by id, then the bulk files, HSDS tables, schema).</summary>
    /// <param name="partsOf">Each guide's parts (the build server keeps them from build to build); null makes them all.</param>
    /// <param name="joined">The bulk files of the last build with what they were joined from (the build server's); null
    /// joins them all.</param>
    public static IReadOnlyList<OpenDataFile> Files(SiteModel site, Func<Procedure, GuideOpenData>? partsOf = null,
        JoinedFileMemo? joined = null)
    {
        partsOf ??= p => GuideOpenData.Of(p, site);
        var files = new List<OpenDataFile>();
        var guides = site.Procedures.Select(p => (p, Parts: partsOf(p))).ToList();
        foreach (var (p, parts) in guides)
            files.Add(new(OpenDataPaths.Procedure(p.Id), "procedure-records", p.Title, "一项办事指南的规范记录",
                "application/json", 1, parts.Record));

        byte[][] json = [ProceduresJsonHead(site, guides.Count), .. guides.Select(g => g.Parts.Record)];
        files.Add(new(OpenDataPaths.Procedures, "procedures", "办事指南（JSON）",
            "对象：schema、license、issued、modified、count 和 procedures（全部记录的数组，按 id 排序）",
            "application/json", guides.Count, Joined(joined, OpenDataPaths.Procedures, json, JoinedFileMemo.SameBytes, () => ProceduresJson(json))));
        var lines = guides.Select(g => g.Parts.ProcedureLine).ToArray();
        files.Add(new(OpenDataPaths.ProceduresCsv, "procedures", "办事指南（CSV）", "每行一项办事指南",
            "text/csv", lines.Length, Joined(joined, OpenDataPaths.ProceduresCsv, lines, JoinedFileMemo.SameText,
                () => ProcedureCsv.Procedures(lines).ToBytes())));
        var materialLines = guides.Select(g => g.Parts.MaterialLines).ToArray();
        files.Add(new(OpenDataPaths.MaterialsCsv, "procedure-materials", "申请材料清单（CSV）", "每行一项指南的一份材料",
            "text/csv", guides.Sum(g => g.Parts.MaterialCount), Joined(joined, OpenDataPaths.MaterialsCsv, materialLines, JoinedFileMemo.SameText,
                () => ProcedureCsv.Materials(guides.Select(g => (g.Parts.MaterialLines, g.Parts.MaterialCount))).ToBytes())));
        files.Add(new(OpenDataPaths.Documents, "documents", "证件材料目录（JSON）", "每条一种证件或材料",
            "application/json", site.Documents.Count, CatalogueExport.DocumentsJson(site)));
        var documents = CatalogueExport.DocumentsCsv(site);
        files.Add(new(OpenDataPaths.DocumentsCsv, "documents", "证件材料目录（CSV）", "每行一种证件或材料",
            "text/csv", documents.RowCount, documents.ToBytes()));
        files.Add(new(OpenDataPaths.Offices, "offices", "办事大厅（JSON）", "每条一个办事大厅",
            "application/json", site.Offices.Count, CatalogueExport.OfficesJson(site)));
        var offices = CatalogueExport.OfficesCsv(site);
        files.Add(new(OpenDataPaths.OfficesCsv, "offices", "办事大厅（CSV）", "每行一个办事大厅，办公时间以“；”连接",
            "text/csv", offices.RowCount, offices.ToBytes()));
        foreach (var (table, bytes, count) in HsdsExport.Write(site, guides.Select(g => g.Parts.Hsds).ToList(), joined))
            files.Add(new(OpenDataPaths.Hsds(table), "hsds", $"HSDS {table}", $"HSDS 3.0 {table} 表（JSON 数组）",
                "application/json", count, bytes));
        files.Add(new(OpenDataPaths.Schema, "procedure-schema", "办事指南记录的 JSON Schema", "JSON Schema draft 2020-12",
            "application/schema+json", 1, ProcedureSchema.Bytes(site.Config.BaseUrl)));
        return files;
    }

    /// <summary>The documents to write: every file of <see cref="Files"/>, then <c>data/catalog.jsonld</c> describing them.</summary>
    public static IReadOnlyList<Document> Export(SiteModel site) => Export(site, Files(site));

    /// <summary>As <see cref="Export(SiteModel)"/>, from files already made (the build shares them with the /data/ page).</summary>
    public static IReadOnlyList<Document> Export(SiteModel site, IReadOnlyList<OpenDataFile> files)
    {
        var catalog = DataCatalog.Bytes(site, Datasets(site), files);
        return [.. files.Select(f => new Document(f.Path, f.Bytes)), new Document(OpenDataPaths.Catalog, catalog)];
    }

    /// <summary>A file joined by <paramref name="join"/>, or the last build's when <paramref name="memo"/> knows equal parts.</summary>
    private static byte[] Joined<T>(JoinedFileMemo? memo, string name, T[] parts, Func<T, T, bool> same, Func<byte[]> join) =>
        memo is null ? join() : memo.Get(name, parts, same, join);

    /// <summary>The head of data/procedures.json: every member up to the opening of <c>procedures</c>.</summary>
    private static byte[] ProceduresJsonHead(SiteModel site, int count)
    {
        var (issued, modified) = DataCatalog.Dates(site);
        return CanonicalJson.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("schema", OpenDataPaths.Absolute(site.Config.BaseUrl, OpenDataPaths.Schema));
            w.WriteString("license", DataCatalog.License);
            w.WriteString("publisher", site.Config.Organisation);
            w.WriteString("issued", issued.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            w.WriteString("modified", modified.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            w.WriteNumber("count", count);
            w.WriteStartArray("procedures");
        });
    }

    /// <summary>data/procedures.json from its head and the records; each element is the record's exact bytes, so it
    /// hashes like data/procedures/&lt;id&gt;.json.</summary>
    private static byte[] ProceduresJson(byte[][] headAndRecords) => CanonicalJson.Join(headAndRecords[0], headAndRecords.AsSpan(1), "]}"u8);
}
