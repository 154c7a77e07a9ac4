using System.Globalization;
using System.Text;
using PublicInfo.Content;

namespace PublicInfo.Records;

/// <summary>What the human page /data/ shows: the download list and the explanation of fields, licence, update frequency,
/// citation and stable URLs. A template can render <see cref="Entries"/> itself, or take <see cref="Markdown"/> whole.</summary>
public sealed class DataPageContent
{
    private DataPageContent(SiteModel site, IReadOnlyList<DataPageEntry> entries)
    {
        Title = "开放数据";
        Organisation = site.Config.Organisation;
        BaseUrl = site.Config.BaseUrl;
        (Issued, Modified) = DataCatalog.Dates(site);
        ProcedureCount = site.Procedures.Count;
        Entries = entries;
    }

    /// <summary>The page title.</summary>
    public string Title { get; }

    /// <summary>The publisher, as named in site.yml.</summary>
    public string Organisation { get; }

    /// <summary>The site's base URL; entry paths are relative to it.</summary>
    public string BaseUrl { get; }

    /// <summary>dct:issued of the catalogue.</summary>
    public DateOnly Issued { get; }

    /// <summary>dct:modified of the catalogue: the latest effective_from of the current guides.</summary>
    public DateOnly Modified { get; }

    /// <summary>Guides in the data.</summary>
    public int ProcedureCount { get; }

    /// <summary>The licence URL (CC BY 4.0).</summary>
    public string License => DataCatalog.License;

    /// <summary>The downloads in display order: bulk files, HSDS tables, the per-guide records as one row, the schema, the catalogue.</summary>
    public IReadOnlyList<DataPageEntry> Entries { get; }

    /// <summary>Builds the page content for a site from the files <see cref="OpenDataExporter.Files"/> made for it.</summary>
    public static DataPageContent For(SiteModel site, IReadOnlyList<OpenDataFile> files)
    {
        var entries = new List<DataPageEntry>();
        foreach (var f in files.Where(f => f.Dataset != "procedure-records"))
        {
            entries.Add(new(f.Title, f.Description, f.Path, f.MediaType, f.Format, f.RecordCount, f.Bytes.Length));
            if (f.Path == OpenDataPaths.MaterialsCsv)
            {
                // The per-guide records sit right after the bulk guide files.
                var records = files.Where(r => r.Dataset == "procedure-records").ToList();
                entries.Insert(entries.Count - 1, new("办事指南单条记录", "每项指南一个文件，与发布日志哈希的字节相同",
                    OpenDataPaths.ProcedureFolder + "<id>.json", "application/json", "JSON", records.Count,
                    records.Sum(r => (long)r.Bytes.Length)));
            }
        }
        entries.Add(new("数据目录（DCAT 3）", "描述以上全部数据集的 JSON-LD 目录", OpenDataPaths.Catalog,
            "application/ld+json", "JSON-LD", OpenDataExporter.Datasets(site).Count, null));
        return new DataPageContent(site, entries);
    }

    /// <summary>The whole page as Markdown (Chinese), with links relative to the site root.</summary>
    public string Markdown()
    {
        var s = new StringBuilder();
        s.Append("# ").Append(Title).Append("\n\n");
        s.Append(CultureInfo.InvariantCulture,
            $"本页提供{Organisation}全部 {ProcedureCount} 项现行办事指南的机器可读数据，供政务服务平台、地图、12345 热线系统和研究者直接使用，无需抓取网页。\n\n");
        s.Append("## 下载\n\n| 数据 | 说明 | 格式 | 条数 | 大小 |\n|---|---|---|---|---|\n");
        foreach (var e in Entries)
        {
            var link = e.Path.Contains('<') ? $"`/{e.Path}`" : $"[/{e.Path}](/{e.Path})";
            var size = e.ByteSize is { } b ? Size(b) : "";
            s.Append(CultureInfo.InvariantCulture, $"| {e.Title}<br>{link} | {e.Description} | {e.Format} | {e.RecordCount} | {size} |\n");
        }
        s.Append("\n## 字段\n\n");
        s.Append("每项指南的记录字段见 JSON Schema（[/").Append(OpenDataPaths.Schema).Append("](/").Append(OpenDataPaths.Schema)
            .Append("））。所有键总是存在，没有值时为 null。CSV 的列名与 JSON 键相同，嵌套字段用下划线展开（如 legal_limit_value）；")
            .Append("一个单元格中的多个值用全角分号“；”连接；CSV 为带 BOM 的 UTF-8，可直接用 Excel 打开；正文（body）只在 JSON 中提供。\n\n");
        s.Append("## 许可\n\n");
        s.Append("全部数据以[知识共享署名 4.0 国际许可协议（CC BY 4.0）](").Append(License)
            .Append(")发布：可以复制、转载、改编和商用，请注明来源。\n\n");
        s.Append("## 更新频率\n\n");
        s.Append(CultureInfo.InvariantCulture,
            $"每次发布指南时随网站一起重新生成，不定期更新。本次数据的最近变更日期为 {Modified:yyyy-MM-dd}（各指南 effective_from 的最大值）。数据目录：[/{OpenDataPaths.Catalog}](/{OpenDataPaths.Catalog})（DCAT 3，JSON-LD）。\n\n");
        s.Append("## 引用方式\n\n");
        s.Append(CultureInfo.InvariantCulture,
            $"> {Organisation}. 办事指南开放数据（{Modified:yyyy-MM-dd} 版）. {OpenDataPaths.Absolute(BaseUrl, OpenDataPaths.Folder)} . 许可：CC BY 4.0.\n\n");
        s.Append("引用单项指南时请使用其记录地址 `").Append(OpenDataPaths.Absolute(BaseUrl, OpenDataPaths.ProcedureFolder))
            .Append("<id>.json` 和记录中的 effective_from 日期。\n\n");
        s.Append("## 地址保持不变\n\n");
        s.Append("以上文件的地址在各次构建之间保持不变；指南的 id 永不更改、永不复用；")
            .Append("已停止办理的指南不会删除，其记录继续提供，status 为 withdrawn。\n");
        return s.ToString();
    }

    private static string Size(long bytes) => bytes < 1024
        ? bytes.ToString(CultureInfo.InvariantCulture) + " B"
        : (bytes / 1024.0).ToString("0.#", CultureInfo.InvariantCulture) + " KB";
}
