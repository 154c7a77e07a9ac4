using System.Globalization;

namespace PublicInfo.Benchmarks;

/// <summary>Benchmark tooling: <c>generate</c> a corpus, <c>build</c> corpora with publicinfo (and Hugo + Pagefind) and compare,
/// <c>search</c>: index size and query cost in Chromium (and Pagefind's).</summary>
public static class Program
{
    private const string Usage = """
        usage:
          PublicInfo.Benchmarks generate --count N --out DIR [--seed S]
              write a complete site root (site/, input/) with N guides; the same seed gives byte-identical files
          PublicInfo.Benchmarks build [--sizes 1000,10000] [--work DIR] [--seed S] [--compare] [--cli PATH] [--now YYYY-MM-DD] [--keep-output]
              generate each corpus (cached in the work folder by size and seed), run `publicinfo build` on it as a child
              process and print wall time, CPU time, peak memory, output size and the build's pipeline timings;
              with --compare also render the same guides with hugo and index them with pagefind, and print ratios
          PublicInfo.Benchmarks edit [--size 10000] [--work DIR] [--seed S] [--repeats 5] [--cli PATH]
              an editor's loop: build with no change, after a one-guide edit and after a layout edit, and in preview
              the time from saving a guide to the reloaded page
          PublicInfo.Benchmarks search [--size 10000] [--work DIR] [--seed S] [--compare] [--now YYYY-MM-DD] [--routed]
              generate (or reuse) the corpus, time indexing and export of its search index, print index bytes per guide,
              then in Chromium measure a fixed list of queries: the first query on a fresh page (search.js included) and
              the following query on the same page: requests, Brotli bytes, ms to the top 10 with titles and URLs;
              with --compare also render the corpus with hugo, index it with pagefind and measure Pagefind's JS API alike;
              files come from a static server on 127.0.0.1 (.br copies as Content-Encoding: br), with --routed through
              Playwright's request routing instead (a slower round trip; the figures before December 2026 used it)
        defaults: --seed 42, --sizes 1000, --size 10000, --work $TMPDIR/publicinfo-bench (outside the repository), --now 2026-06-01,
                  --cli <repo>/src/PublicInfo.Cli/bin/Release/net10.0/PublicInfo.Cli.dll (run `dotnet build -c Release` first)
        exit codes: 0 success, 1 a build, an index or a measurement failed, 2 bad usage
        """;

    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    public static int Run(string[] args, TextWriter output, TextWriter log)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help") { output.WriteLine(Usage); return args.Length == 0 ? 2 : 0; }
        try
        {
            var options = ParseOptions(args[1..]);
            switch (args[0])
            {
                case "generate":
                {
                    var count = Int(options, "count", null) ?? throw new UsageException("generate needs --count N");
                    var outDir = options.GetValueOrDefault("out") ?? throw new UsageException("generate needs --out DIR");
                    var seed = Int(options, "seed", CorpusGenerator.DefaultSeed)!.Value;
                    var clock = System.Diagnostics.Stopwatch.StartNew();
                    CorpusGenerator.Generate(outDir, count, seed);
                    var (bytes, files) = ProcessMeter.SizeOf(Path.Combine(outDir, "input", "procedures"));
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"generated {count} guides (seed {seed}) into {Path.GetFullPath(outDir)} in {clock.Elapsed.TotalSeconds:0.0} s; " +
                        $"{bytes / Math.Max(1, files)} bytes per guide on average; valid for --now {CorpusGenerator.BuildDate:yyyy-MM-dd}"));
                    return 0;
                }
                case "build":
                {
                    var repo = FindRepoRoot();
                    var sizes = (options.GetValueOrDefault("sizes") ?? "1000")
                        .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                        .Select(s => int.TryParse(s.Replace("_", ""), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : throw new UsageException($"bad size '{s}' in --sizes"))
                        .ToList();
                    var settings = new BenchmarkOptions(sizes, Work(options),
                        Int(options, "seed", CorpusGenerator.DefaultSeed)!.Value, options.ContainsKey("compare"), Cli(options, repo), repo, Now(options),
                        options.ContainsKey("keep-output"));
                    return BuildBenchmark.Run(settings, output, log);
                }
                case "search":
                {
                    var size = Int(options, "size", 10_000)!.Value;
                    if (size == 0) throw new UsageException("--size must be at least 1");
                    var settings = new SearchBenchmarkOptions(size, Work(options), Int(options, "seed", CorpusGenerator.DefaultSeed)!.Value,
                        options.ContainsKey("compare"), FindRepoRoot(), Now(options), options.ContainsKey("routed"));
                    return SearchBenchmark.Run(settings, output, log);
                }
                case "edit":
                {
                    var repo = FindRepoRoot();
                    var settings = new EditBenchmarkOptions(Int(options, "size", 10_000)!.Value, Work(options),
                        Int(options, "seed", CorpusGenerator.DefaultSeed)!.Value, Cli(options, repo), repo, Now(options),
                        Int(options, "repeats", 5)!.Value);
                    return EditBenchmark.Run(settings, output, log);
                }
                default:
                    throw new UsageException($"unknown command '{args[0]}'");
            }
        }
        catch (UsageException e)
        {
            log.WriteLine($"PublicInfo.Benchmarks: {e.Message}");
            log.WriteLine(Usage);
            return 2;
        }
    }

    private static readonly HashSet<string> Flags = ["compare", "routed", "keep-output"];

    private static Dictionary<string, string> ParseOptions(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal)) throw new UsageException($"unexpected argument '{args[i]}'");
            var name = args[i][2..];
            if (Flags.Contains(name)) { options[name] = "true"; continue; }
            if (i + 1 >= args.Length) throw new UsageException($"--{name} needs a value");
            options[name] = args[++i];
        }
        return options;
    }

    private static string Cli(Dictionary<string, string> options, string repo)
    {
        var cli = options.GetValueOrDefault("cli") ?? Path.Combine(repo, "src", "PublicInfo.Cli", "bin", "Release", "net10.0", "PublicInfo.Cli.dll");
        if (!File.Exists(cli)) throw new UsageException($"{cli} not found: run `dotnet build -c Release` in {repo}, or pass --cli PATH");
        return Path.GetFullPath(cli);
    }

    private static string Work(Dictionary<string, string> options) =>
        Path.GetFullPath(options.GetValueOrDefault("work") ?? Path.Combine(Path.GetTempPath(), "publicinfo-bench"));

    private static DateOnly Now(Dictionary<string, string> options) =>
        options.GetValueOrDefault("now") is { } text
            ? DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : throw new UsageException("--now must be YYYY-MM-DD")
            : CorpusGenerator.BuildDate;

    private static int? Int(Dictionary<string, string> options, string name, int? fallback)
    {
        if (!options.TryGetValue(name, out var text)) return fallback;
        return int.TryParse(text.Replace("_", ""), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= 0
            ? n : throw new UsageException($"--{name} must be a whole number, got '{text}'");
    }

    private static string FindRepoRoot()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "PublicInfo.sln"))) return dir.FullName;
        throw new UsageException("PublicInfo.sln not found above the current folder; run from the repository");
    }

    private sealed class UsageException(string message) : Exception(message);
}
