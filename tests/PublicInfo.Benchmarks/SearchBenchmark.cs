namespace PublicInfo.Benchmarks;

/// <summary>Options of <c>search</c>.</summary>
/// <param name="Routed">Serve the files through Playwright's routing (as before 2026-12) instead of a loopback static server.</param>
public sealed record SearchBenchmarkOptions(int Size, string Work, int Seed, bool Compare, string RepoRoot, DateOnly Now, bool Routed = false);

/// <summary>One tool's index and its measured queries, in <see cref="SearchQueries.All"/> order.</summary>
public sealed record ToolResult(IndexedSite Site, IReadOnlyList<QueryPair> Queries);

/// <summary><c>search</c>: index the (cached) corpus with our library, and with --compare with Hugo + Pagefind, then measure
/// the fixed queries of <see cref="SearchQueries"/> in Chromium for each, and print the comparison.</summary>
public static class SearchBenchmark
{
    /// <summary>Runs per measurement; the median ms is kept, as the machine is small and shared.</summary>
    public const int Runs = 5;

    public static int Run(SearchBenchmarkOptions options, TextWriter output, TextWriter log) =>
        RunAsync(options, output, log).GetAwaiter().GetResult();

    private static async Task<int> RunAsync(SearchBenchmarkOptions options, TextWriter output, TextWriter log)
    {
        Directory.CreateDirectory(options.Work);
        var size = options.Size;
        string? hugo = null, pagefind = null;
        if (options.Compare)
        {
            hugo = ProcessMeter.Which("hugo");
            pagefind = BuildBenchmark.FindPagefind(options.Work, log);
            if (hugo is null) log.WriteLine("compare: hugo not on PATH (try: apt-get install -y hugo); skipping Pagefind");
            if (pagefind is null) log.WriteLine("compare: pagefind not found (try: npm install pagefind@1.6.0 --prefix <work>/tools); skipping Pagefind");
        }

        var corpus = BuildBenchmark.EnsureCorpus(options.Work, size, options.Seed, log);
        // Not the build benchmark's out-N and hugo-N folders: both commands may run on one work folder.
        var folder = Path.Combine(options.Work, $"search-{size}");
        log.WriteLine($"[{size}] publicinfo: check, index, export ...");
        var ours = OurSearchSite.Build(corpus, Path.Combine(folder, "publicinfo"), options.RepoRoot, options.Now, log);
        if (ours is null) return 1;
        var failed = false;
        IndexedSite? theirs = null;
        if (hugo is not null && pagefind is not null)
        {
            log.WriteLine($"[{size}] hugo + pagefind ...");
            theirs = PagefindSite.Build(corpus, Path.Combine(folder, "hugo"), hugo, pagefind, log);
            failed |= theirs is null;
        }

        var queries = SearchQueries.All.Select(q => q.Text).ToList();
        var results = new List<ToolResult>();
        string browser;
        double roundTrip;
        var serving = options.Routed ? RoutedOrigin.Description : LoopbackOrigin.Description;
        try
        {
            Func<string, Task<IRecordingOrigin>> serve = options.Routed
                ? folder => Task.FromResult<IRecordingOrigin>(new RoutedOrigin(folder))
                : async folder => await LoopbackOrigin.StartAsync(folder);
            await using var meter = await BrowserSearchMeter.LaunchAsync(serve);
            browser = meter.Version;
            roundTrip = await meter.RoundTripMsAsync(ours.Client.Folder, "/js/search.js");
            foreach (var site in new[] { ours, theirs }.OfType<IndexedSite>())
            {
                log.WriteLine($"[{size}] {site.Tool}: {queries.Count} queries x {Runs} runs in Chromium {browser} ...");
                var pairs = await meter.MeasureAsync(site.Client, queries, Runs, log);
                results.Add(new ToolResult(site, pairs));
                // What a cold query fetched, so the count can be checked by eye (Pagefind fetches from a web worker too).
                log.WriteLine($"[{size}] {site.Tool}: '{pairs[0].First.Query}' on a fresh page fetched {string.Join(' ', pairs[0].First.Paths)}");
                // Each keystroke's cost, to see which ones miss the target and why (their requests).
                foreach (var k in pairs.SelectMany(p => p.Keystrokes))
                    log.WriteLine(FormattableString.Invariant($"[{size}] {site.Tool}: keystroke '{k.Query}' {k.Requests} req {k.KB:0.0} KB {k.Ms:0.0} ms: {string.Join(' ', k.Paths.Select(Path.GetFileName))}"));
            }
        }
        catch (Exception e) when (e is Microsoft.Playwright.PlaywrightException or InvalidOperationException)
        {
            log.WriteLine($"browser: {e.Message}");
            return 1;
        }

        output.Write(SearchReport.Format(options, browser, Runs, serving, roundTrip, results));
        foreach (var r in results)
            foreach (var cost in r.Queries.SelectMany(p => p.Keystrokes.Prepend(p.Following).Prepend(p.First)).Where(c => c.Error is not null))
            {
                failed = true;
                log.WriteLine($"{r.Site.Tool} '{cost.Query}' FAILED: {cost.Error}");
            }
        // The sites are a few hundred MB at 10,000 guides; kept only when something failed, to look at.
        if (!failed) QuietDisk.Delete(folder);
        return failed ? 1 : 0;
    }
}
