using System.Diagnostics;
using PublicInfo.Build;
using PublicInfo.Search;

namespace PublicInfo.Benchmarks;

/// <summary>Our side of the search benchmark: the corpus read and checked by the library, indexed with Lucene and
/// exported to static JSON next to the repository's search.js, each step timed in this process.</summary>
public static class OurSearchSite
{
    // performance.now() starts before the import, so the first query's time includes loading search.js. The search page
    // carries the manifest (script#search-manifest, MANIFEST below); the blank page the harness opens gets it first.
    private const string Script = """
        async ([manifest, q]) => {
          if (!document.getElementById('search-manifest')) {
            const carried = document.createElement('script');
            carried.type = 'application/json';
            carried.id = 'search-manifest';
            carried.dataset.url = manifest;
            carried.textContent = MANIFEST;
            document.head.append(carried);
          }
          const t0 = performance.now();
          const m = await import('/js/search.js');
          const r = await m.query(manifest, q, 10);
          const hits = r.hits.map((h) => ({ title: h.title, url: h.url }));
          return { ms: performance.now() - t0, total: r.total, hits };
        }
        """;

    /// <summary>Writes <c>folder/search/</c> (the export) and <c>folder/js/search.js</c>; null (and a message) when the corpus does not check.</summary>
    public static IndexedSite? Build(string corpus, string folder, string repoRoot, DateOnly today, TextWriter log)
    {
        var steps = new List<(string, double)>();
        var clock = Stopwatch.StartNew();
        var check = SiteChecker.Check(corpus, today);
        steps.Add(("load+check", Lap(clock)));
        if (check.HasErrors || check.Site is null || check.Content is null)
        {
            log.WriteLine($"publicinfo: the corpus does not check at {today:yyyy-MM-dd}:");
            foreach (var d in check.Diagnostics.Take(20)) log.WriteLine("  " + d);
            return null;
        }

        var documents = GuideSearchDocuments.From(check.Site);
        var synonyms = SynonymMap.Parse(check.Content.Synonyms);
        steps.Add(("documents", Lap(clock)));
        using var index = SearchIndexBuilder.Build(documents, synonyms);
        steps.Add(("index", Lap(clock)));
        QuietDisk.Delete(folder);
        var export = SearchExporter.Export(index, Path.Combine(folder, "search"));
        steps.Add(("export", Lap(clock)));

        var js = Path.Combine(folder, "js", "search.js");
        Directory.CreateDirectory(Path.GetDirectoryName(js)!);
        File.Copy(Path.Combine(repoRoot, "themes", "default", "assets", "js", "search.js"), js);

        var manifest = Path.Combine(folder, "search", export.ManifestFile);
        var script = Script.Replace("MANIFEST", System.Text.Json.JsonSerializer.Serialize(File.ReadAllText(manifest)), StringComparison.Ordinal);
        var client = new SearchClient(folder, script, "/search/" + export.ManifestFile, PageBytes: new FileInfo(manifest + ".br").Length);
        return new IndexedSite("publicinfo", client, export.Documents,
            steps, "index", "export", new IndexSize(export.Files, export.Bytes, export.GzipBytes, export.BrotliBytes));
    }

    private static double Lap(Stopwatch clock)
    {
        var seconds = clock.Elapsed.TotalSeconds;
        clock.Restart();
        return seconds;
    }
}
