using System.Globalization;
using System.Text;

namespace PublicInfo.Benchmarks;

/// <summary>The printed result of <c>search</c>: index cost, per-query cost side by side, first results, the issue's targets.</summary>
public static class SearchReport
{
    // The issue's targets for our client.
    public const double FirstQueryMaxKB = 80;
    public const int FirstQueryMaxRequests = 5;
    public const double KeystrokeMaxMs = 50;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Format(SearchBenchmarkOptions options, string browser, int runs, string serving, double roundTripMs,
        IReadOnlyList<ToolResult> results)
    {
        var t = new StringBuilder();
        t.AppendLine();
        t.AppendLine(F($"search benchmark: {options.Size} guides (seed {options.Seed}, --now {options.Now:yyyy-MM-dd}), Chromium {browser}, median ms of {runs} runs"));
        t.AppendLine(F($"{serving}; one request, one at a time, takes {roundTripMs:0.0} ms (median of 21),"));
        t.AppendLine("a floor under every round trip in the ms below; KB = Brotli quality 11 size of each response body;");
        t.AppendLine("ms = performance.now() from calling the client (its import included) to the top 10 with titles and URLs");
        Index(t, results);
        Queries(t, results, "first query on a fresh page (nothing cached; the client script counted, and the manifest publicinfo's search page carries)", p => p.First, i => SearchQueries.All[i].Text);
        Queries(t, results, "following query on the same page (the next in the list)", p => p.Following,
            i => SearchQueries.All[i].Text + " → " + SearchQueries.All[(i + 1) % SearchQueries.All.Count].Text);
        Keystrokes(t, results);
        FirstResults(t, results);
        Targets(t, results);
        return t.ToString();
    }

    private static void Index(StringBuilder t, IReadOnlyList<ToolResult> results)
    {
        t.AppendLine();
        t.Append("index                 ");
        foreach (var r in results) t.Append(F($"{r.Site.Tool,14}"));
        t.AppendLine();
        Line(t, "guides", results, r => F($"{r.Site.Guides,14}"));
        Line(t, "indexing s", results, r => F($"{r.Site.IndexingSeconds,14:0.00}"));
        Line(t, "export s", results, r => r.Site.ExportSeconds is { } e ? F($"{e,14:0.00}") : F($"{"in indexing",14}"));
        Line(t, "indexing + export s", results, r => F($"{r.Site.IndexingSeconds + (r.Site.ExportSeconds ?? 0),14:0.00}"));
        Line(t, "index files", results, r => F($"{r.Site.Size.Files,14}"));
        Line(t, "bytes/guide on disk", results, r => PerGuide(r, r.Site.Size.Raw));
        Line(t, "bytes/guide gzip", results, r => PerGuide(r, r.Site.Size.Gzip));
        Line(t, "bytes/guide brotli", results, r => PerGuide(r, r.Site.Size.Brotli));
        foreach (var r in results)
            t.AppendLine($"  {r.Site.Tool} steps: " + string.Join(", ", r.Site.Steps.Select(s => F($"{s.Name} {s.Seconds:0.00} s"))));
        t.AppendLine("  (publicinfo: SearchIndexBuilder.Build, then SearchExporter.Export (JSON + .gz + .br), in process)");
        if (results.Any(r => r.Site.Tool == "pagefind"))
            t.AppendLine("  (pagefind: the CLI's wall time, reading Hugo's HTML and writing its bundle; its files are gzip inside: on disk = as served)");
    }

    private static string PerGuide(ToolResult r, long? bytes) =>
        bytes is { } b ? F($"{(double)b / Math.Max(1, r.Site.Guides),14:0.0}") : F($"{"-",14}");

    private static void Line(StringBuilder t, string label, IReadOnlyList<ToolResult> results, Func<ToolResult, string> cell)
    {
        t.Append(F($"{label,-22}"));
        foreach (var r in results) t.Append(cell(r));
        t.AppendLine();
    }

    private static void Queries(StringBuilder t, IReadOnlyList<ToolResult> results, string title, Func<QueryPair, QueryCost> pick, Func<int, string> label)
    {
        const int width = 36;
        t.AppendLine();
        t.AppendLine(title);
        t.Append(Pad("", width));
        foreach (var r in results) t.Append(F($" {r.Site.Tool,-21}"));
        t.AppendLine();
        t.Append(Pad("query", width));
        foreach (var _ in results) t.Append("  req      KB      ms ");
        t.AppendLine();
        for (var i = 0; i < SearchQueries.All.Count; i++)
        {
            t.Append(Pad(label(i), width));
            foreach (var r in results) t.Append(Cell(pick(r.Queries[i])));
            t.AppendLine();
        }
        var averages = results.Select(r => Average(r.Queries.Select(pick).ToList())).ToList();
        t.Append(Pad("average", width));
        foreach (var a in averages) t.Append(F($" {a.Requests,4:0.0} {a.KB,7:0.0} {a.Ms,7:0.0} "));
        t.AppendLine();
        if (averages.Count == 2)
        {
            var (o, p) = (averages[0], averages[1]);
            t.AppendLine(Pad("ratio publicinfo/pagefind", width) + F($" {o.Requests / p.Requests,4:0.00} {o.KB / p.KB,7:0.00} {o.Ms / p.Ms,7:0.00}"));
        }
    }

    private static void Keystrokes(StringBuilder t, IReadOnlyList<ToolResult> results)
    {
        const int width = 36;
        t.AppendLine();
        t.AppendLine("typing on a loaded page: after the two queries above, the query after them one character at a time");
        t.Append(Pad("typed query (keystrokes)", width));
        foreach (var r in results) t.Append(F($" {r.Site.Tool + " req/key  avg  max ms",-30}"));
        t.AppendLine();
        for (var i = 0; i < SearchQueries.All.Count; i++)
        {
            var typed = SearchQueries.All[(i + 2) % SearchQueries.All.Count].Text;
            t.Append(Pad(F($"{typed} ({BrowserSearchMeter.Prefixes(typed).Count})"), width));
            foreach (var r in results) t.Append(KeystrokeCell(r.Queries[i].Keystrokes));
            t.AppendLine();
        }
        t.Append(Pad("all keystrokes", width));
        foreach (var r in results) t.Append(KeystrokeCell(r.Queries.SelectMany(p => p.Keystrokes).ToList()));
        t.AppendLine();
    }

    private static string KeystrokeCell(IReadOnlyList<QueryCost> keys)
    {
        var ok = keys.Where(c => c.Error is null).ToList();
        if (ok.Count < keys.Count || ok.Count == 0) return F($" {"FAILED",-30}");
        return F($" {ok.Average(c => c.Requests),11:0.0} {ok.Average(c => c.Ms),6:0.0} {ok.Max(c => c.Ms),6:0.0}      ");
    }

    private static string Cell(QueryCost c) =>
        c.Error is not null ? F($" {"FAILED",-21} ") : F($" {c.Requests,4} {c.KB,7:0.0} {c.Ms,7:0.0} ");

    private static (double Requests, double KB, double Ms) Average(IReadOnlyList<QueryCost> costs)
    {
        var ok = costs.Where(c => c.Error is null).ToList();
        return ok.Count == 0 ? (double.NaN, double.NaN, double.NaN) : (ok.Average(c => c.Requests), ok.Average(c => c.KB), ok.Average(c => c.Ms));
    }

    private static void FirstResults(StringBuilder t, IReadOnlyList<ToolResult> results)
    {
        t.AppendLine();
        t.AppendLine("first result of each query (expected: any guide of the topic; the corpus has hundreds per topic)");
        for (var i = 0; i < SearchQueries.All.Count; i++)
        {
            var q = SearchQueries.All[i];
            t.AppendLine($"{q.Text}  (expected {(q.ExpectedPrefix is null ? "nothing in particular" : q.ExpectedPrefix + "*")})");
            foreach (var r in results)
            {
                var c = r.Queries[i].First;
                var verdict = c.Error is not null ? "FAILED" : c.Top.Count == 0 ? (q.ExpectedPrefix is null ? "none" : "MISS") : Verdict(q, c.Top[0].Url);
                var first = c.Top.Count == 0 ? "(no results)" : $"{c.Top[0].Title}  {c.Top[0].Url}";
                t.AppendLine(F($"  {r.Site.Tool,-11} {verdict,-5} {first}  ({c.Total} matches)"));
            }
        }
    }

    private static string Verdict(SearchQuery q, string url) =>
        q.ExpectedPrefix is null ? "-" : SearchQueries.GuideIdOf(url).StartsWith(q.ExpectedPrefix, StringComparison.Ordinal) ? "OK" : "MISS";

    private static void Targets(StringBuilder t, IReadOnlyList<ToolResult> results)
    {
        t.AppendLine();
        t.AppendLine("targets (the issue's, for publicinfo; pagefind judged alike for reference)");
        foreach (var r in results)
        {
            var first = r.Queries.Select(p => p.First).ToList();
            var within = first.Count(c => c.Error is null && c.KB <= FirstQueryMaxKB && c.Requests <= FirstQueryMaxRequests);
            t.AppendLine(F($"  {r.Site.Tool,-11} first query <= {FirstQueryMaxKB} KB in <= {FirstQueryMaxRequests} requests (client script included): ") +
                F($"max {first.Max(c => c.KB):0.0} KB, max {first.Max(c => c.Requests)} requests; {within}/{first.Count} queries within: {Judge(within, first.Count)}"));
            var keys = r.Queries.SelectMany(p => p.Keystrokes).ToList();
            var fast = keys.Count(c => c.Error is null && c.Ms <= KeystrokeMaxMs);
            t.AppendLine(F($"  {r.Site.Tool,-11} <= {KeystrokeMaxMs} ms per keystroke once loaded: ") +
                F($"average {keys.Where(c => c.Error is null).DefaultIfEmpty().Average(c => c?.Ms ?? double.NaN):0.0} ms, max {keys.Max(c => c.Ms):0.0} ms; ") +
                F($"{fast}/{keys.Count} keystrokes within: {Judge(fast, keys.Count)}"));
        }
    }

    private static string Judge(int within, int count) => within == count ? "MET" : "NOT MET";

    private static string F(FormattableString s) => s.ToString(Invariant);

    /// <summary>Pads to a column width counting CJK and full-width characters as two columns, as terminals show them.</summary>
    private static string Pad(string text, int width)
    {
        var columns = text.Sum(c => c >= 0x2E80 && c <= 0xFFEF ? 2 : 1);
        return text + new string(' ', Math.Max(1, width - columns));
    }
}
