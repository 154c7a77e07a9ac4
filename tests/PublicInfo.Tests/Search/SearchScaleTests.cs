using System.Diagnostics;
using System.Text.Json;
using PublicInfo.Search;
using Xunit;
using Xunit.Abstractions;

namespace PublicInfo.Tests.Search;

/// The size bar on 10,000 synthetic guides: a cold first query within 5 requests (client included) and 80 KB br.
[Trait("Category", "Scale")]
public class SearchScaleTests(ITestOutputHelper output)
{
    private sealed record JsHit(string Id, int Doc, uint Bits);

    private sealed record JsResult(JsHit[] Hits, string[] Fetched);

    [Fact]
    public void ColdFirstQueriesOnTenThousandGuides()
    {
        string folder = SearchPaths.NewTempFolder();
        try
        {
            var watch = Stopwatch.StartNew();
            var docs = SyntheticCorpus.Create(10_000);
            using SearchIndex index = SearchIndexBuilder.Build(docs, GuideCorpus.Synonyms);
            output.WriteLine($"index: {watch.ElapsedMilliseconds} ms");
            Assert.Equal(docs.Select(d => d.CategoryId).Distinct().Count(), index.Categories.Count);
            SearchExportResult export = SearchExporter.Export(index, folder);
            output.WriteLine($"export: {watch.ElapsedMilliseconds} ms; {export.Shards} shards, {export.SoloFiles} solo files, {export.Chunks} chunks, " +
                $"{export.Bytes / 1024} KiB raw, {export.GzipBytes / 1024} KiB gz, {export.BrotliBytes / 1024} KiB br");

            string[] queries = ["过户", "护照", "驾照到期", "身份证丢了怎么办", "孩子出生上户口", "护照过期了", "证", "12123", "居住证"];
            string queriesFile = Path.Combine(folder, "queries.json.txt");
            File.WriteAllText(queriesFile, JsonSerializer.Serialize(queries.Select(q => new { q, category = "", top = 10 })));
            var results = JsonSerializer.Deserialize<JsResult[]>(
                NodeRunner.Run(SearchPaths.ParityHarness, SearchPaths.SearchJs, folder, export.ManifestFile, queriesFile),
                new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
            long client = new FileInfo(SearchPaths.SearchJs).Length; // upper bound; br of the client is ~4 KB
            var service = new SearchService(index);
            var failures = new List<string>();
            for (int i = 0; i < queries.Length; i++)
            {
                long br = results[i].Fetched.Sum(f => new FileInfo(Path.Combine(folder, f + ".br")).Length);
                long gz = results[i].Fetched.Sum(f => new FileInfo(Path.Combine(folder, f + ".gz")).Length);
                int requests = 1 + results[i].Fetched.Length;
                bool same = service.Search(queries[i], 10).Select(h => h.Id).SequenceEqual(results[i].Hits.Select(h => h.Id));
                output.WriteLine($"{queries[i],-10} {requests} requests, data {br / 1024.0:F1} KiB br / {gz / 1024.0:F1} KiB gz, parity {same}");
                if (!same) failures.Add($"{queries[i]}: parity");
            }
            Assert.Empty(failures);
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }
}
