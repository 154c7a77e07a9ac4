using System.Text.Json;
using Microsoft.Playwright;

namespace PublicInfo.Benchmarks;

/// <summary>A search client to measure: the site folder served by an <see cref="IRecordingOrigin"/>, and a page
/// function <c>async ([argument, query]) =&gt; ({ ms, total, hits: [{ title, url }] })</c> that loads the client on its
/// first call (a module import is free the second time) and times itself with performance.now().</summary>
/// <param name="PageBytes">Brotli bytes the client's own search page carries for it (publicinfo: the manifest): no request,
/// but counted in the first query's bytes.</param>
public sealed record SearchClient(string Folder, string Script, string Argument, long PageBytes = 0);

/// <summary>One measured query: requests and Brotli bytes it caused, median ms over the runs, its top results.</summary>
public sealed record QueryCost(string Query, int Requests, long Bytes, double Ms, int Total,
    IReadOnlyList<(string Title, string Url)> Top, IReadOnlyList<string> Paths, string? Error)
{
    public double KB => Bytes / 1024.0;
}

/// <summary>The first query on a fresh page (nothing cached, the client script included), the next query on the same
/// page, and then the one after it typed one character at a time on that page (a query per keystroke, as the search box
/// runs them): each keystroke's cost.</summary>
public sealed record QueryPair(QueryCost First, QueryCost Following, IReadOnlyList<QueryCost> Keystrokes);

/// <summary>Debian's Chromium driven by Playwright: each query is measured on a fresh browser context (empty caches),
/// followed on the same page by the next query in the list.</summary>
public sealed class BrowserSearchMeter : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly Func<string, Task<IRecordingOrigin>> _serve;

    private BrowserSearchMeter(IPlaywright playwright, IBrowser browser, Func<string, Task<IRecordingOrigin>> serve) =>
        (_playwright, _browser, _serve) = (playwright, browser, serve);

    public string Version => _browser.Version;

    /// <param name="serve">Starts serving a site folder (one origin per measured client).</param>
    public static async Task<BrowserSearchMeter> LaunchAsync(Func<string, Task<IRecordingOrigin>> serve)
    {
        if (!File.Exists(ChromiumPath)) throw new InvalidOperationException($"{ChromiumPath} is missing (apt-get install -y chromium fonts-noto-cjk)");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
        });
        return new BrowserSearchMeter(playwright, browser, serve);
    }

    /// <summary>For each query i: the query on a fresh page, then query i+1 (wrapping) on that page, then query i+2 typed
    /// prefix by prefix on it; <paramref name="runs"/> times, keeping the median ms (requests and bytes do not change
    /// between runs: same files, same client).</summary>
    public async Task<IReadOnlyList<QueryPair>> MeasureAsync(SearchClient client, IReadOnlyList<string> queries, int runs, TextWriter log)
    {
        var pairs = new List<QueryPair>();
        await using var origin = await _serve(client.Folder);
        for (var i = 0; i < queries.Count; i++)
        {
            var first = new List<QueryCost>();
            var following = new List<QueryCost>();
            var typed = queries[(i + 2) % queries.Count];
            var prefixes = Prefixes(typed);
            var keystrokes = prefixes.Select(_ => new List<QueryCost>()).ToList();
            for (var run = 0; run < runs; run++)
            {
                await using var context = await _browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN" });
                await origin.AttachAsync(context);
                var page = await context.NewPageAsync();
                page.PageError += (_, error) => log.WriteLine($"  page error: {error}");
                await page.GotoAsync(origin.Url + "/");
                origin.Take();
                var cold = await QueryAsync(page, origin, client, queries[i]);
                first.Add(cold with { Bytes = cold.Bytes + client.PageBytes });
                following.Add(await QueryAsync(page, origin, client, queries[(i + 1) % queries.Count]));
                for (var k = 0; k < prefixes.Count; k++) keystrokes[k].Add(await QueryAsync(page, origin, client, prefixes[k]));
            }
            pairs.Add(new QueryPair(Median(first), Median(following), keystrokes.Select(Median).ToList()));
        }
        return pairs;
    }

    /// <summary>Median ms of one fetch of <paramref name="path"/> through the harness, one at a time: the floor under each
    /// round trip of a client, as files come from the origin here, not from a network.</summary>
    public async Task<double> RoundTripMsAsync(string folder, string path)
    {
        await using var origin = await _serve(folder);
        await using var context = await _browser.NewContextAsync();
        await origin.AttachAsync(context);
        var page = await context.NewPageAsync();
        await page.GotoAsync(origin.Url + "/");
        return await page.EvaluateAsync<double>("""
            async (path) => {
              const times = [];
              for (let i = 0; i < 21; i++) {
                const t0 = performance.now();
                await (await fetch(path + '?' + i)).arrayBuffer();
                times.push(performance.now() - t0);
              }
              return times.sort((a, b) => a - b)[10];
            }
            """, path);
    }

    private static async Task<QueryCost> QueryAsync(IPage page, IRecordingOrigin origin, SearchClient client, string query)
    {
        JsonElement result;
        string? error = null;
        try
        {
            result = await page.EvaluateAsync<JsonElement>(client.Script, new object[] { client.Argument, query });
        }
        catch (PlaywrightException e)
        {
            result = default;
            error = e.Message.Split('\n')[0];
        }
        var requests = origin.Take();
        var missing = requests.Where(r => r.File is null).Select(r => r.Path).ToList();
        if (missing.Count > 0) error ??= "not served: " + string.Join(", ", missing);
        var bytes = requests.Where(r => r.File is not null).Sum(r => ServedBytes.Of(r.File!));
        var paths = requests.Select(r => r.Path).ToList();
        if (error is not null) return new QueryCost(query, requests.Count, bytes, double.NaN, 0, [], paths, error);
        var top = result.GetProperty("hits").EnumerateArray()
            .Select(h => (h.GetProperty("title").GetString() ?? "", h.GetProperty("url").GetString() ?? ""))
            .ToList();
        return new QueryCost(query, requests.Count, bytes, result.GetProperty("ms").GetDouble(), result.GetProperty("total").GetInt32(), top, paths, null);
    }

    /// <summary>What the box holds after each keystroke: 身, 身份, 身份证 …; a Latin word grows letter by letter.</summary>
    public static IReadOnlyList<string> Prefixes(string query)
    {
        var characters = System.Globalization.StringInfo.GetTextElementEnumerator(query);
        var prefixes = new List<string>();
        while (characters.MoveNext()) prefixes.Add(query[..(characters.ElementIndex + ((string)characters.Current).Length)]);
        return prefixes;
    }

    private static QueryCost Median(List<QueryCost> runs)
    {
        if (runs.FirstOrDefault(r => r.Error is not null) is { } failed) return failed;
        var ms = runs.Select(r => r.Ms).Order().ToList();
        return runs[0] with { Ms = ms[ms.Count / 2] };
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
