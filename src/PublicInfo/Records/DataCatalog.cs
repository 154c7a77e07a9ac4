using System.Text.Encodings.Web;
using System.Text.Json;
using PublicInfo.Content;

namespace PublicInfo.Records;

/// <summary>data/catalog.jsonld: a DCAT 3 <c>dcat:Catalog</c> with one <c>dcat:Dataset</c> per dataset and one
/// <c>dcat:Distribution</c> per downloadable file (absolute <c>dcat:downloadURL</c>, IANA <c>dcat:mediaType</c>, byte size).</summary>
/// <remarks>Dates are derived from the content, never the clock: <c>dct:issued</c> is the earliest and <c>dct:modified</c> the
/// latest <c>effective_from</c> of the current guides (each capped at the build date, so a version announced for next month
/// does not date the catalogue in the future). Documents and offices carry no dates of their own, so their datasets take
/// the same dates. The same content and build date therefore give the same bytes.</remarks>
public static class DataCatalog
{
    /// <summary>CC BY 4.0, the licence of every dataset.</summary>
    public const string License = "https://creativecommons.org/licenses/by/4.0/";

    /// <summary>Where HSDS 3.0 is specified, for <c>dct:conformsTo</c>.</summary>
    public const string HsdsSpecification = "https://docs.openreferral.org/en/v3.0/";

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>(issued, modified) of the open data of a site: see the remarks.</summary>
    public static (DateOnly Issued, DateOnly Modified) Dates(SiteModel site)
    {
        if (site.Procedures.Count == 0) return (site.Today, site.Today);
        var dates = site.Procedures.Select(p => p.EffectiveFrom > site.Today ? site.Today : p.EffectiveFrom).ToList();
        return (dates.Min(), dates.Max());
    }

    /// <summary>The JSON-LD bytes for the given datasets and files (every file's <see cref="OpenDataFile.Dataset"/> names one of them).</summary>
    public static byte[] Bytes(SiteModel site, IReadOnlyList<OpenDataset> datasets, IReadOnlyList<OpenDataFile> files)
    {
        var config = site.Config;
        var (issued, modified) = Dates(site);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            w.WriteStartObject();
            w.WriteStartObject("@context");
            w.WriteString("dcat", "http://www.w3.org/ns/dcat#");
            w.WriteString("dct", "http://purl.org/dc/terms/");
            w.WriteString("foaf", "http://xmlns.com/foaf/0.1/");
            w.WriteString("xsd", "http://www.w3.org/2001/XMLSchema#");
            w.WriteEndObject();
            w.WriteString("@id", Url(config, OpenDataPaths.Catalog));
            w.WriteString("@type", "dcat:Catalog");
            w.WriteString("dct:title", config.Title + " 开放数据");
            w.WriteString("dct:description", $"{config.Organisation}全部现行办事指南的机器可读数据：记录、批量下载（JSON、CSV）、HSDS 3.0 导出和 JSON Schema。");
            Publisher(w, config);
            w.WriteString("dct:language", "zh-CN");
            Ref(w, "dct:license", License);
            Date(w, "dct:issued", issued);
            Date(w, "dct:modified", modified);
            Ref(w, "foaf:homepage", Url(config, OpenDataPaths.Folder));
            w.WriteStartArray("dcat:dataset");
            foreach (var dataset in datasets)
            {
                w.WriteStartObject();
                w.WriteString("@id", Url(config, OpenDataPaths.Folder) + "#" + dataset.Id);
                w.WriteString("@type", "dcat:Dataset");
                w.WriteString("dct:identifier", dataset.Id);
                w.WriteString("dct:title", dataset.Title);
                w.WriteString("dct:description", dataset.Description);
                w.WriteStartArray("dcat:keyword");
                foreach (var k in dataset.Keywords) w.WriteStringValue(k);
                w.WriteEndArray();
                Publisher(w, config);
                Ref(w, "dct:license", License);
                Date(w, "dct:issued", issued);
                Date(w, "dct:modified", modified);
                // Rebuilt from the content on every publication; guides change irregularly.
                Ref(w, "dct:accrualPeriodicity", "http://purl.org/cld/freq/irregular");
                Ref(w, "dcat:landingPage", Url(config, OpenDataPaths.Folder));
                w.WriteStartArray("dct:conformsTo");
                foreach (var c in dataset.ConformsTo) { w.WriteStartObject(); w.WriteString("@id", c); w.WriteEndObject(); }
                w.WriteEndArray();
                w.WriteStartArray("dcat:distribution");
                foreach (var file in files.Where(f => f.Dataset == dataset.Id))
                {
                    w.WriteStartObject();
                    w.WriteString("@id", Url(config, file.Path) + "#distribution");
                    w.WriteString("@type", "dcat:Distribution");
                    w.WriteString("dct:title", file.Title);
                    w.WriteString("dct:format", file.Format);
                    Ref(w, "dcat:downloadURL", Url(config, file.Path));
                    Ref(w, "dcat:accessURL", Url(config, file.Path));
                    Ref(w, "dcat:mediaType", "https://www.iana.org/assignments/media-types/" + file.MediaType);
                    w.WriteStartObject("dcat:byteSize");
                    w.WriteString("@value", file.Bytes.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    w.WriteString("@type", "xsd:nonNegativeInteger");
                    w.WriteEndObject();
                    Ref(w, "dct:license", License);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return [.. buffer.WrittenSpan, (byte)'\n'];
    }

    private static string Url(SiteConfig config, string path) => OpenDataPaths.Absolute(config.BaseUrl, path);

    private static void Publisher(Utf8JsonWriter w, SiteConfig config)
    {
        w.WriteStartObject("dct:publisher");
        w.WriteString("@type", "foaf:Organization");
        w.WriteString("foaf:name", config.Organisation);
        Ref(w, "foaf:homepage", config.BaseUrl);
        w.WriteEndObject();
    }

    private static void Ref(Utf8JsonWriter w, string name, string iri)
    {
        w.WriteStartObject(name);
        w.WriteString("@id", iri);
        w.WriteEndObject();
    }

    private static void Date(Utf8JsonWriter w, string name, DateOnly date)
    {
        w.WriteStartObject(name);
        w.WriteString("@value", date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        w.WriteString("@type", "xsd:date");
        w.WriteEndObject();
    }
}
