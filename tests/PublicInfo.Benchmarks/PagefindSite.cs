namespace PublicInfo.Benchmarks;

/// <summary>Pagefind's side of the search benchmark: the same corpus rendered by Hugo (<see cref="HugoSite"/>) and indexed
/// by the pagefind CLI, whose wall time is its indexing time (it reads the HTML itself; no separate export).</summary>
public static class PagefindSite
{
    // Pagefind's documented JS API: init, search, then data() of the top 10 (titles and URLs live in the fragments).
    private const string Script = """
        async ([_, q]) => {
          const t0 = performance.now();
          const pf = await import('/pagefind/pagefind.js');
          await pf.init();
          const r = await pf.search(q);
          const data = await Promise.all(r.results.slice(0, 10).map((x) => x.data()));
          const hits = data.map((d) => ({ title: d.meta?.title ?? '', url: d.url }));
          return { ms: performance.now() - t0, total: r.results.length, hits };
        }
        """;

    /// <summary>Writes the Hugo site into <paramref name="hugoRoot"/>, renders it and indexes it; null (and a message) on failure.</summary>
    public static IndexedSite? Build(string corpus, string hugoRoot, string hugo, string pagefind, TextWriter log)
    {
        var steps = new List<(string, double)>();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var guides = HugoSite.Write(corpus, hugoRoot);
        steps.Add(("hugo site", clock.Elapsed.TotalSeconds));

        var publicDir = Path.Combine(hugoRoot, "public");
        // As in the build benchmark: each tool is timed on a settled disk.
        QuietDisk.Settle(log);
        var render = ProcessMeter.Run(hugo, ["--source", hugoRoot, "--destination", publicDir, "--quiet"], hugoRoot);
        steps.Add(("hugo", render.WallSeconds));
        if (render.ExitCode != 0)
        {
            log.WriteLine($"hugo FAILED (exit {render.ExitCode}):\n{render.Stderr}");
            return null;
        }
        QuietDisk.Settle(log);
        var index = ProcessMeter.Run(pagefind, ["--site", publicDir], hugoRoot);
        steps.Add(("pagefind", index.WallSeconds));
        if (index.ExitCode != 0)
        {
            log.WriteLine($"pagefind FAILED (exit {index.ExitCode}):\n{index.Stderr}{index.Stdout}");
            return null;
        }
        return new IndexedSite("pagefind", new SearchClient(publicDir, Script, ""), guides, steps, "pagefind", null,
            SizeOf(Path.Combine(publicDir, "pagefind")));
    }

    /// <summary>The index data a browser may fetch: entry, meta, index chunks, fragments, filters; not the scripts, styles or wasm.</summary>
    private static IndexSize SizeOf(string bundle)
    {
        var files = new DirectoryInfo(bundle).EnumerateFiles("*", SearchOption.AllDirectories)
            .Where(f => f.Extension is not (".js" or ".css") && !f.Name.StartsWith("wasm.", StringComparison.Ordinal))
            .ToList();
        return new IndexSize(files.Count, files.Sum(f => f.Length), null, null);
    }
}
