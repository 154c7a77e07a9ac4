using System.Text.Json;
using PublicInfo.Content;
using PublicInfo.Records;

namespace PublicInfo.Tests.Records;

/// <summary>The DCAT 3 catalogue parses, lists every download with its media type and size, and dates come from the content.</summary>
public class DataCatalogTests
{
    private static readonly SiteModel Site = SampleSites.Minimal();

    private static JsonElement Catalog()
    {
        var document = OpenDataExporter.Export(Site).Single(d => d.Destination == OpenDataPaths.Catalog);
        return JsonDocument.Parse(document.Content).RootElement;
    }

    private static IEnumerable<JsonElement> Distributions(JsonElement catalog) =>
        catalog.GetProperty("dcat:dataset").EnumerateArray().SelectMany(d => d.GetProperty("dcat:distribution").EnumerateArray());

    [Fact]
    public void The_catalogue_is_a_dcat_catalog_with_its_prefixes_declared()
    {
        var catalog = Catalog();
        Assert.Equal("dcat:Catalog", catalog.GetProperty("@type").GetString());
        var context = catalog.GetProperty("@context");
        Assert.Equal("http://www.w3.org/ns/dcat#", context.GetProperty("dcat").GetString());
        Assert.Equal("http://purl.org/dc/terms/", context.GetProperty("dct").GetString());
        Assert.Equal("https://creativecommons.org/licenses/by/4.0/", catalog.GetProperty("dct:license").GetProperty("@id").GetString());

        // Every term is a JSON-LD keyword or a compact IRI with a declared prefix; every @id is absolute.
        void Walk(JsonElement e)
        {
            if (e.ValueKind == JsonValueKind.Array) foreach (var i in e.EnumerateArray()) Walk(i);
            if (e.ValueKind != JsonValueKind.Object) return;
            foreach (var p in e.EnumerateObject())
            {
                if (p.Name == "@context") continue;
                if (p.Name.StartsWith('@'))
                {
                    Assert.Contains(p.Name, new[] { "@id", "@type", "@value" });
                    if (p.Name == "@id") Assert.StartsWith("http", p.Value.GetString());
                }
                else Assert.True(context.TryGetProperty(p.Name.Split(':')[0], out _), $"undeclared prefix in {p.Name}");
                Walk(p.Value);
            }
        }
        Walk(catalog);
    }

    [Fact]
    public void Every_download_is_a_distribution_with_media_type_and_size()
    {
        var files = OpenDataExporter.Files(Site);
        var distributions = Distributions(Catalog()).ToDictionary(d => d.GetProperty("dcat:downloadURL").GetProperty("@id").GetString()!);
        foreach (var file in files.Where(f => f.Path != OpenDataPaths.Schema))
        {
            var url = "https://ga.test.invalid/" + file.Path;
            Assert.True(distributions.TryGetValue(url, out var d), $"{url} is not in the catalogue");
            Assert.Equal("https://www.iana.org/assignments/media-types/" + file.MediaType, d.GetProperty("dcat:mediaType").GetProperty("@id").GetString());
            Assert.Equal(file.Bytes.Length.ToString(), d.GetProperty("dcat:byteSize").GetProperty("@value").GetString());
        }
        Assert.Equal(files.Count - 1, distributions.Count);

        // The schema is what the guide datasets conform to.
        var procedures = Catalog().GetProperty("dcat:dataset").EnumerateArray().Single(d => d.GetProperty("dct:identifier").GetString() == "procedures");
        Assert.Contains(procedures.GetProperty("dct:conformsTo").EnumerateArray(),
            c => c.GetProperty("@id").GetString() == "https://ga.test.invalid/data/schema/procedure.schema.json");
    }

    [Fact]
    public void Issued_and_modified_come_from_the_guides_effective_dates()
    {
        var catalog = Catalog();
        var dates = Site.Procedures.Select(p => p.EffectiveFrom).ToList();
        Assert.Equal(dates.Min().ToString("yyyy-MM-dd"), catalog.GetProperty("dct:issued").GetProperty("@value").GetString());
        Assert.Equal(dates.Max().ToString("yyyy-MM-dd"), catalog.GetProperty("dct:modified").GetProperty("@value").GetString());
        Assert.All(catalog.GetProperty("dcat:dataset").EnumerateArray(), d =>
        {
            Assert.Equal("xsd:date", d.GetProperty("dct:modified").GetProperty("@type").GetString());
            Assert.Equal(DataCatalog.License, d.GetProperty("dct:license").GetProperty("@id").GetString());
        });
    }

    [Fact]
    public void The_data_page_lists_every_download_with_its_count()
    {
        var page = DataPageContent.For(Site, OpenDataExporter.Files(Site));
        var paths = page.Entries.Select(e => e.Path).ToList();
        Assert.Contains("data/procedures/<id>.json", paths);
        Assert.Contains(OpenDataPaths.Catalog, paths);
        foreach (var f in OpenDataExporter.Files(Site).Where(f => f.Dataset != "procedure-records"))
            Assert.Equal(f.RecordCount, page.Entries.Single(e => e.Path == f.Path).RecordCount);
        Assert.Equal(Site.Procedures.Count, page.Entries.Single(e => e.Path == OpenDataPaths.ProceduresCsv).RecordCount);
        Assert.Equal(Site.Procedures.Count, page.Entries.Single(e => e.Path == "data/procedures/<id>.json").RecordCount);

        var markdown = page.Markdown();
        Assert.Contains("CC BY 4.0", markdown);
        Assert.Contains("withdrawn", markdown);
        Assert.Contains("(/data/procedures.csv)", markdown);
        Assert.Contains("## 引用方式", markdown);
    }
}
