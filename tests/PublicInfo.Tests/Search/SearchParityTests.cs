using System.IO.Compression;
using System.Text.Json;
using PublicInfo.Search;
using Xunit;
using Xunit.Abstractions;

namespace PublicInfo.Tests.Search;

/// search.js, run by Node on the export, ranks exactly as SearchService does on the index: same guides,
/// same order, same float scores bit for bit.
public class SearchParityTests(ITestOutputHelper output)
{
    private sealed record JsHit(string Id, int Doc, uint Bits);

    private sealed record JsResult(JsHit[] Hits, string[] Fetched);

    /// <param name="manyFiles">Exports the corpus as a large site would be: hashed shards, large terms in files of their
    /// own, several chunks (the sample-sized default is one shard and one chunk).</param>
    /// <param name="warm">Runs every query on one page (one module), so later queries read terms from files earlier ones
    /// fetched (bundles included) instead of each starting cold.</param>
    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(true, true)]
    public void NodeRunsTheClientToTheSameTopTenAsTheService(bool manyFiles, bool warm)
    {
        Assert.True(ParityQueries.All.Count >= 40);
        string folder = SearchPaths.NewTempFolder();
        try
        {
            using SearchIndex index = SearchIndexBuilder.Build(GuideCorpus.Guides, GuideCorpus.Synonyms);
            SearchExportResult export = SearchExporter.Export(index, folder, manyFiles
                ? new SearchExportOptions(TargetChunkBytes: 2_000, TargetShardBytes: 2_000, SoloTermBytes: 60, SingleShardBytes: 0, SingleChunkGuides: 0)
                : null);
            if (manyFiles) Assert.True(export is { Shards: > 1, SoloFiles: > 1, Chunks: > 1, Bundles: > 1 }, export.ToString());
            var service = new SearchService(index);
            string queriesFile = Path.Combine(folder, "queries.json.txt");
            File.WriteAllText(queriesFile, JsonSerializer.Serialize(
                ParityQueries.All.Select(q => new { q = q.Query, category = q.Category, top = 10 })));

            string json = NodeRunner.Run(SearchPaths.ParityHarness, SearchPaths.SearchJs, folder, export.ManifestFile, queriesFile,
                warm ? "warm" : "cold");
            var results = JsonSerializer.Deserialize<JsResult[]>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
            Assert.Equal(ParityQueries.All.Count, results.Length);
            if (manyFiles) Assert.Contains(results, r => r.Fetched.Any(f => f.StartsWith('b'))); // the bundles were read

            long client = Brotli(File.ReadAllBytes(SearchPaths.SearchJs));
            var mismatches = new List<string>();
            for (int i = 0; i < results.Length; i++)
            {
                var (query, category) = ParityQueries.All[i];
                var expected = service.Search(query, 10, category)
                    .Select(h => new JsHit(h.Id, h.Doc, BitConverter.SingleToUInt32Bits(h.Score))).ToArray();
                if (!expected.SequenceEqual(results[i].Hits))
                    mismatches.Add($"'{query}' [{category}]\n  C#: {string.Join(", ", expected)}\n  JS: {string.Join<JsHit>(", ", results[i].Hits)}");

                long bytes = client + results[i].Fetched.Sum(f => new FileInfo(Path.Combine(folder, f + ".br")).Length);
                int requests = 1 + results[i].Fetched.Length;
                output.WriteLine($"{requests} requests, {bytes,6} B br  {Shorten(query)} → {string.Join(" ", expected.Take(3).Select(h => h.Id))}");
                if (!manyFiles && !warm) Assert.True(requests <= 5 && bytes <= 80_000, $"'{query}' cold: {requests} requests, {bytes} bytes");
            }
            Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
            output.WriteLine($"export: {export.Shards} shards, {export.SoloFiles} solo files, {export.Chunks} chunks, {export.Bytes} B raw, {export.GzipBytes} B gz, {export.BrotliBytes} B br; client {client} B br");
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public void NodeAnalyzesLikeTheCSharpChain()
    {
        string[] texts =
        [
            "身份证", "交管12123申请C1驾照", "ＡＢＣ　１２３ Café Lǜ", "办理ＡＢＣ护照𠀀𠀁", "护照，签证", "  ", "",
            new string('A', 50) + "身份证" + new string('9', 40), "Ｃ１驾照ⅩⅫ①", "\ud800孤立代理\udc00x",
        ];
        string script = $$"""
            const m = await import(process.argv[1]);
            const texts = {{JsonSerializer.Serialize(texts)}};
            process.stdout.write(JSON.stringify(texts.map((t) => m.analyze(t))));
            """;
        string json = NodeRunner.Run("--input-type=module", "-e", script, new Uri(SearchPaths.SearchJs).AbsoluteUri);
        var js = JsonSerializer.Deserialize<string[][]>(json)!;
        for (int i = 0; i < texts.Length; i++)
            Assert.Equal(SearchText.Analyze(texts[i]), js[i]);
    }

    /// <summary>The plans themselves, with the test corpus's synonyms and the shipped site's (its real question-word
    /// rule): equal top tens alone would not show a difference in terms no guide holds.</summary>
    [Fact]
    public void NodePlansEveryQueryAsQueryPlanDoes()
    {
        string shipped = File.ReadAllText(Path.Combine(PublicInfo.Tests.Records.SampleSites.ShippedRoot(), "site", "synonyms.txt"));
        string[] queries = [.. ParityQueries.All.Select(q => q.Query), "车卖了要办什么手续", "护照丢了多少钱", "怎么办理"];
        foreach (SynonymMap synonyms in new[] { GuideCorpus.Synonyms, SynonymMap.Parse(shipped) })
        {
            string rules = JsonSerializer.Serialize(synonyms.Rules.Select(r => new[] { r.From, r.To }));
            string script = $$"""
                const m = await import(process.argv[1]);
                const rules = {{rules}};
                const queries = {{JsonSerializer.Serialize(queries)}};
                process.stdout.write(JSON.stringify(queries.map((q) => m.planQuery(q, rules))));
                """;
            string json = NodeRunner.Run("--input-type=module", "-e", script, new Uri(SearchPaths.SearchJs).AbsoluteUri);
            var plans = JsonSerializer.Deserialize<JsPlan[]>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
            for (int i = 0; i < queries.Length; i++)
            {
                var expected = QueryPlan.Create(queries[i], synonyms);
                Assert.Equal(expected.Variants, plans[i].Variants);
                Assert.Equal(expected.Required.Select(r => string.Join(" ", r)), plans[i].Required.Select(r => string.Join(" ", r)));
                Assert.Equal(expected.ScoringTerms, plans[i].Scoring);
                Assert.Equal(expected.FallbackTerms, plans[i].Fallback);
            }
        }
    }

    private sealed record JsPlan(string[] Variants, string[][] Required, string[] Scoring, string[] Fallback);

    /// <summary>The browser reads a term it does not find in a bundle as absent from the index, so it must name the same
    /// terms for a rule's bundle as the exporter put in it.</summary>
    [Fact]
    public void NodeNamesTheTermsOfEachRulesBundleAsTheExporterDoes()
    {
        string shipped = File.ReadAllText(Path.Combine(PublicInfo.Tests.Records.SampleSites.ShippedRoot(), "site", "synonyms.txt"));
        foreach (SynonymMap synonyms in new[] { GuideCorpus.Synonyms, SynonymMap.Parse(shipped) })
        {
            string rules = JsonSerializer.Serialize(synonyms.Rules.Select(r => new[] { r.From, r.To }));
            string script = $$"""
                const m = await import(process.argv[1]);
                process.stdout.write(JSON.stringify({{rules}}.map(m.bundleTerms)));
                """;
            var js = JsonSerializer.Deserialize<string[][]>(
                NodeRunner.Run("--input-type=module", "-e", script, new Uri(SearchPaths.SearchJs).AbsoluteUri))!;
            Assert.Equal(synonyms.Rules.Select(r => string.Join(" ", SynonymBundle.Terms(r))), js.Select(t => string.Join(" ", t)));
            Assert.Contains(js, t => t.Length >= 4); // the rules do have bundles worth a file
            Assert.Contains(js, t => t.Length == 0); // and question-word rules have none
        }
    }

    private static string Shorten(string q) => q.Length > 20 ? q[..20] + "…" : q;

    private static long Brotli(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var br = new BrotliStream(output, CompressionLevel.SmallestSize, leaveOpen: true)) br.Write(bytes);
        return output.Length;
    }
}
