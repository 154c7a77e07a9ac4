using System.Globalization;
using System.Text;

namespace PublicInfo.Benchmarks;

/// <summary>One tool's run at one corpus size.</summary>
public sealed record RunResult(int Guides, string Tool, Measurement Measurement, long OutputBytes, int OutputFiles);

/// <summary>Options of <c>build</c>.</summary>
public sealed record BenchmarkOptions(
    IReadOnlyList<int> Sizes, string Work, int Seed, bool Compare, string Cli, string RepoRoot, DateOnly Now, bool KeepOutput);

/// <summary><c>build</c>: generate (cached) corpora, build each with publicinfo (and Hugo + Pagefind with --compare), print a table.</summary>
public static class BuildBenchmark
{
    // The issue's reference figures, 10,000 guides on this machine: Hugo 0.111.3 4.1 s / 789 MiB, Pagefind 1.6.0 7.5 s / 2,768 MiB.
    private const double ReferenceHugoPagefindSeconds = 11.6;

    public static int Run(BenchmarkOptions options, TextWriter output, TextWriter log)
    {
        Directory.CreateDirectory(options.Work);
        var results = new List<RunResult>();
        var failed = false;
        string? hugo = null, pagefind = null;
        if (options.Compare)
        {
            hugo = ProcessMeter.Which("hugo");
            pagefind = FindPagefind(options.Work, log);
            if (hugo is null) log.WriteLine("compare: hugo not on PATH (try: apt-get install -y hugo); skipping Hugo");
            if (pagefind is null) log.WriteLine("compare: pagefind not found (try: npm install pagefind@1.6.0 --prefix <work>/tools); skipping Pagefind");
        }
        if (!File.Exists(ProcessMeter.GnuTime))
            log.WriteLine("note: /usr/bin/time missing (apt-get install -y time); measuring by polling /proc, which sees the child process only");

        foreach (var size in options.Sizes)
        {
            var corpus = EnsureCorpus(options.Work, size, options.Seed, log);
            SiteFolders.SyncThemes(options.RepoRoot, corpus);
            var outDir = Path.Combine(options.Work, $"out-{size}");
            QuietDisk.Delete(outDir);
            var hugoRoot = Path.Combine(options.Work, $"hugo-{size}");
            var publicDir = Path.Combine(hugoRoot, "public");
            if (hugo is not null || pagefind is not null)
            {
                // Converted before anything is timed, so that its deletions settle with the others.
                log.WriteLine($"[{size}] converting to a Hugo site ...");
                HugoSite.Write(corpus, hugoRoot);
            }

            log.WriteLine($"[{size}] publicinfo build ...");
            QuietDisk.Settle(log);
            var ours = ProcessMeter.Run("dotnet",
                // In this process, not the build server: the figures are the build's own time, CPU and memory.
                [options.Cli, "build", "--no-server", "--root", corpus, "--output", outDir, "--now", options.Now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)],
                options.RepoRoot, new Dictionary<string, string> { ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1" });
            var (bytes, files) = ProcessMeter.SizeOf(outDir);
            results.Add(new RunResult(size, "publicinfo", ours, bytes, files));
            log.Write(TimingSummaryOf(ours.Stderr));
            var diagnostics = ours.Stderr.Split('\n').Count(l => l.Contains(": warning", StringComparison.Ordinal) || l.Contains(": error", StringComparison.Ordinal));
            if (ours.ExitCode != 0)
            {
                failed = true;
                log.WriteLine($"[{size}] publicinfo build FAILED (exit {ours.ExitCode}):");
                log.WriteLine(Tail(ours.Stderr, 40));
            }
            else if (diagnostics > 0) log.WriteLine($"[{size}] note: the build reported {diagnostics} warning/error lines");

            if (hugo is not null)
            {
                log.WriteLine($"[{size}] hugo ...");
                QuietDisk.Settle(log);
                var m = ProcessMeter.Run(hugo, ["--source", hugoRoot, "--destination", publicDir, "--quiet"], hugoRoot);
                var (hb, hf) = ProcessMeter.SizeOf(publicDir);
                results.Add(new RunResult(size, "hugo", m, hb, hf));
                if (m.ExitCode != 0) { failed = true; log.WriteLine($"[{size}] hugo FAILED (exit {m.ExitCode}):\n{Tail(m.Stderr, 20)}"); }
            }
            if (pagefind is not null && Directory.Exists(publicDir))
            {
                log.WriteLine($"[{size}] pagefind ...");
                var (beforeBytes, beforeFiles) = ProcessMeter.SizeOf(publicDir);
                QuietDisk.Settle(log);
                var m = ProcessMeter.Run(pagefind, ["--site", publicDir], hugoRoot);
                var (pb, pf) = ProcessMeter.SizeOf(publicDir);
                results.Add(new RunResult(size, "pagefind", m, pb - beforeBytes, pf - beforeFiles));
                if (m.ExitCode != 0) { failed = true; log.WriteLine($"[{size}] pagefind FAILED (exit {m.ExitCode}):\n{Tail(m.Stderr + m.Stdout, 20)}"); }
            }
            if (!options.KeepOutput)
            {
                QuietDisk.Delete(publicDir);
                QuietDisk.Delete(outDir);
            }
        }

        output.Write(Table(results));
        output.Write(Targets(results));
        return failed ? 1 : 0;
    }

    /// <summary>The cached corpus for (size, seed), generated when missing or made by another generator version.</summary>
    public static string EnsureCorpus(string work, int size, int seed, TextWriter log)
    {
        var corpus = Path.Combine(work, $"corpus-{size}-seed{seed}");
        var marker = Path.Combine(corpus, ".generated");
        var stamp = $"generator {CorpusGenerator.Version} count {size} seed {seed}";
        if (File.Exists(marker) && File.ReadAllText(marker) == stamp)
        {
            log.WriteLine($"[{size}] corpus cached: {corpus}");
            return corpus;
        }
        log.WriteLine($"[{size}] generating {size} guides into {corpus} ...");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        QuietDisk.Delete(corpus);
        CorpusGenerator.Generate(corpus, size, seed);
        File.WriteAllText(marker, stamp);
        log.WriteLine($"[{size}] generated in {clock.Elapsed.TotalSeconds:0.0} s");
        return corpus;
    }

    /// <summary>pagefind on PATH, or the copy in &lt;work&gt;/tools, installed there with npm when missing; null when unavailable.</summary>
    internal static string? FindPagefind(string work, TextWriter log)
    {
        if (ProcessMeter.Which("pagefind") is { } onPath) return onPath;
        var local = Path.Combine(work, "tools", "node_modules", ".bin", "pagefind");
        if (File.Exists(local)) return local;
        if (ProcessMeter.Which("npm") is not { } npm) return null;
        log.WriteLine($"compare: installing pagefind@1.6.0 into {Path.Combine(work, "tools")} (npm) ...");
        var m = ProcessMeter.Run(npm, ["install", "--no-audit", "--no-fund", "--prefix", Path.Combine(work, "tools"), "pagefind@1.6.0"], work);
        return m.ExitCode == 0 && File.Exists(local) ? local : null;
    }

    /// <summary>The per-pipeline timing table the build prints on stderr (from its header line to its total line).</summary>
    public static string TimingSummaryOf(string stderr)
    {
        var lines = stderr.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var start = Array.FindIndex(lines, l => l.StartsWith("pipeline ", StringComparison.Ordinal));
        if (start < 0) return "(no timing summary in the build's output)\n";
        var text = new StringBuilder();
        for (var i = start; i < lines.Length; i++)
        {
            text.Append("    ").Append(lines[i]).Append('\n');
            if (lines[i].StartsWith("total", StringComparison.Ordinal)) break;
        }
        return text.ToString();
    }

    private static string Tail(string text, int lines) => string.Join('\n', text.Split('\n').TakeLast(lines));

    public static string Table(IReadOnlyList<RunResult> results)
    {
        var t = new StringBuilder();
        t.AppendLine();
        t.AppendLine("guides  tool                 wall s    cpu s  peak MiB  output MiB    files  exit");
        foreach (var group in results.GroupBy(r => r.Guides))
        {
            foreach (var r in group) t.AppendLine(Row(r.Guides, r.Tool, r.Measurement.WallSeconds, r.Measurement.CpuSeconds, r.Measurement.PeakMiB, r.OutputBytes, r.OutputFiles, r.Measurement.ExitCode.ToString(CultureInfo.InvariantCulture)));
            var ours = group.FirstOrDefault(r => r.Tool == "publicinfo");
            var hugo = group.FirstOrDefault(r => r.Tool == "hugo");
            var pf = group.FirstOrDefault(r => r.Tool == "pagefind");
            if (ours is null || hugo is null || pf is null) continue;
            var wall = hugo.Measurement.WallSeconds + pf.Measurement.WallSeconds;
            var cpu = hugo.Measurement.CpuSeconds + pf.Measurement.CpuSeconds;
            var peak = Math.Max(hugo.Measurement.PeakMiB, pf.Measurement.PeakMiB);
            t.AppendLine(Row(group.Key, "hugo+pagefind", wall, cpu, peak, hugo.OutputBytes + pf.OutputBytes, hugo.OutputFiles + pf.OutputFiles, ""));
            t.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"{group.Key,6}  {"ratio ours/(h+p)",-17} {ours.Measurement.WallSeconds / wall,9:0.00} {ours.Measurement.CpuSeconds / cpu,8:0.00} {ours.Measurement.PeakMiB / peak,9:0.00} {(double)ours.OutputBytes / (hugo.OutputBytes + pf.OutputBytes),11:0.00}"));
        }
        t.AppendLine("(cpu = user + system of the process tree; peak = max RSS of the largest process; hugo+pagefind peak = the larger of the two, as they run one after the other)");
        return t.ToString();
    }

    private static string Row(int guides, string tool, double wall, double cpu, double peak, long bytes, int files, string exit) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{guides,6}  {tool,-17} {wall,9:0.00} {cpu,8:0.00} {peak,9:0.0} {bytes / 1024.0 / 1024.0,11:0.0} {files,8}  {exit}");

    /// <summary>The issue's targets, judged where this run has the figures.</summary>
    public static string Targets(IReadOnlyList<RunResult> results)
    {
        var t = new StringBuilder();
        foreach (var r in results.Where(r => r.Tool == "publicinfo"))
        {
            if (r.Guides == 10_000)
            {
                var group = results.Where(x => x.Guides == r.Guides).ToList();
                var measured = group.Where(x => x.Tool is "hugo" or "pagefind").Sum(x => x.Measurement.WallSeconds);
                var bar = group.Count(x => x.Tool is "hugo" or "pagefind") == 2 ? measured : ReferenceHugoPagefindSeconds;
                var source = bar == measured ? "measured in this run" : "the issue's reference";
                t.AppendLine(string.Create(CultureInfo.InvariantCulture,
                    $"target 10,000: wall {r.Measurement.WallSeconds:0.00} s <= 0.5 x {bar:0.0} s ({source}) = {0.5 * bar:0.00} s: {(r.Measurement.WallSeconds <= 0.5 * bar ? "MET" : "NOT MET")}"));
                t.AppendLine(string.Create(CultureInfo.InvariantCulture,
                    $"target 10,000: peak {r.Measurement.PeakMiB:0} MiB <= 1024 MiB: {(r.Measurement.PeakMiB <= 1024 ? "MET" : "NOT MET")}"));
            }
            if (r.Guides == 100_000)
                t.AppendLine(string.Create(CultureInfo.InvariantCulture,
                    $"target 100,000: wall {r.Measurement.WallSeconds:0.0} s <= 120 s: {(r.Measurement.WallSeconds <= 120 && r.Measurement.ExitCode == 0 ? "MET" : "NOT MET")}"));
        }
        return t.ToString();
    }
}
