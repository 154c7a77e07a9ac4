using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace PublicInfo.Benchmarks;

/// <summary>Options of <c>edit</c>.</summary>
public sealed record EditBenchmarkOptions(int Size, string Work, int Seed, string Cli, string RepoRoot, DateOnly Now, int Repeats);

/// <summary>
/// <c>edit</c>: an editor's loop on an N-guide corpus. Times <c>publicinfo build</c> with no change, after a one-guide
/// edit and after a layout edit, twice: each build done by a fresh process (<c>--no-server</c>), then as an editor's
/// <c>build</c> runs by default, handed to the build server (started by the first of these builds, and stopped at the
/// end). Then in <c>publicinfo preview</c> the time from saving a guide to the browser's reload event and the re-fetched
/// page showing the edit.
/// </summary>
public static partial class EditBenchmark
{
    public static int Run(EditBenchmarkOptions options, TextWriter output, TextWriter log)
    {
        var corpus = BuildBenchmark.EnsureCorpus(options.Work, options.Size, options.Seed, log);
        // Edits go to a working copy: the cached corpus stays as generated.
        var root = Path.Combine(options.Work, $"edit-{options.Size}");
        QuietDisk.Delete(root);
        SiteFolders.Copy(corpus, root);
        SiteFolders.SyncThemes(options.RepoRoot, root);
        var outDir = Path.Combine(root, "output");
        var guide = Directory.EnumerateFiles(Path.Combine(root, "input", "procedures"), "*.md", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal).First();
        var layout = Path.Combine(root, "themes", "default", "layouts", "office.html");
        var rows = new List<(string Step, double Seconds, string Detail)>();

        Measurement Build(string step, bool server)
        {
            log.WriteLine($"[{options.Size}] build: {step} ...");
            string[] arguments = [options.Cli, "build", "--root", root, "--output", outDir, "--now", Date(options.Now), .. server ? Array.Empty<string>() : ["--no-server"]];
            var m = ProcessMeter.Run("dotnet", arguments, options.RepoRoot);
            if (m.ExitCode != 0) throw new InvalidOperationException($"build ({step}) failed:\n{m.Stderr}");
            rows.Add((step, m.WallSeconds, PagesLine().Match(m.Stdout) is { Success: true } p ? p.Value : m.Stdout.Contains("up to date") ? "up to date" : ""));
            return m;
        }

        // Only the first build waits for a settled disk; later ones follow each other as an editor's would, each
        // after the previous build replaced its output (see QuietDisk).
        QuietDisk.Settle(log);
        Build("clean (first) build", server: false);
        Build("no change", server: false);
        File.AppendAllText(guide, "\n编辑后的说明（一）。\n");
        Build("one guide edited", server: false);
        File.AppendAllText(layout, "\n<!-- layout edit -->\n");
        Build("one layout edited (office.html)", server: false);
        // The same steps by the build server. Its first build reads the caches from disk as a fresh process does; the
        // editor's later builds find the site in memory. Each edit is measured after a few warming edits and builds.
        try
        {
            File.AppendAllText(guide, "\n编辑后的说明（二）。\n");
            Build("server: first build (starts it)", server: true);
            Build("server: no change", server: true);
            for (var i = 0; i < options.Repeats; i++)
            {
                File.AppendAllText(guide, $"\n编辑后的说明（三{i}）。\n");
                Build($"server: one guide edited #{i + 1}", server: true);
            }
            File.AppendAllText(layout, "\n<!-- second layout edit -->\n");
            Build("server: one layout edited", server: true);
        }
        finally
        {
            ProcessMeter.Run("dotnet", [options.Cli, "build-server", "--stop", "--root", root, "--output", outDir], options.RepoRoot);
        }

        var reloads = PreviewReloads(options, root, guide, log);
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"edit benchmark, {options.Size} guides (publicinfo build: a fresh process each, then by the build server)"));
        foreach (var (step, seconds, detail) in rows)
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  build, {step,-32} {seconds,7:0.00} s  {detail}"));
        foreach (var (i, ms) in reloads.Select((ms, i) => (i, ms)))
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  preview, save -> reloaded page #{i + 1,-13} {ms,7:0} ms"));
        if (reloads.Count > 0)
        {
            var median = reloads.Order().ElementAt(reloads.Count / 2);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  preview median {median:0} ms"));
            if (options.Size == 10_000)
            {
                output.WriteLine(Target("one-guide edit to reloaded page", median / 1000, 0.3));
                output.WriteLine(Target("no-change build", rows[1].Seconds, 1.5));
                output.WriteLine(Target("one-file build (fresh process)", rows[2].Seconds, 2.0));
                var served = rows.Where(r => r.Step.StartsWith("server: one guide edited", StringComparison.Ordinal)).Select(r => r.Seconds).Order().ToList();
                output.WriteLine(Target("one-file build (build server, median)", served[served.Count / 2], 2.0));
            }
        }
        return 0;
    }

    private static string Target(string what, double seconds, double limit) => string.Create(CultureInfo.InvariantCulture,
        $"target 10,000: {what} {seconds:0.00} s <= {limit:0.0} s: {(seconds <= limit ? "MET" : "NOT MET")}");

    /// <summary>Starts preview, then per repeat: append a unique line to the guide, wait for the reload event, fetch the
    /// guide's page until it shows the line. The clock runs from the file write to that page.</summary>
    private static List<double> PreviewReloads(EditBenchmarkOptions options, string root, string guide, TextWriter log)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { options.Cli, "preview", "--root", root, "--port", port.ToString(CultureInfo.InvariantCulture) })
            start.ArgumentList.Add(a);
        using var preview = Process.Start(start) ?? throw new InvalidOperationException("could not start preview");
        preview.OutputDataReceived += (_, _) => { };
        preview.ErrorDataReceived += (_, _) => { };
        preview.BeginOutputReadLine();
        preview.BeginErrorReadLine();
        var times = new List<double>();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromMinutes(5) };
            log.WriteLine($"[{options.Size}] preview: waiting for the first build ...");
            WaitUntilServing(http, preview);
            var id = Path.GetFileNameWithoutExtension(guide);
            for (var i = 0; i < options.Repeats; i++)
            {
                using var events = http.GetStreamAsync("__publicinfo/events").GetAwaiter().GetResult();
                using var reader = new StreamReader(events, Encoding.UTF8);
                reader.ReadLine(); // ": connected"
                var marker = $"预览测量标记{i}{Guid.NewGuid():N}"[..16];
                var clock = Stopwatch.StartNew();
                File.AppendAllText(guide, $"\n{marker}。\n");
                string? line;
                while ((line = reader.ReadLine()) is not null && !line.StartsWith("data:", StringComparison.Ordinal)) { }
                while (!http.GetStringAsync($"procedures/{id}/").GetAwaiter().GetResult().Contains(marker, StringComparison.Ordinal))
                {
                    // A save that lands during a build is picked up by the next one: wait for that reload too.
                    while ((line = reader.ReadLine()) is not null && !line.StartsWith("data:", StringComparison.Ordinal)) { }
                    if (line is null) throw new InvalidOperationException("preview closed the event stream");
                }
                times.Add(clock.Elapsed.TotalMilliseconds);
                log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{options.Size}] preview reload {i + 1}: {clock.Elapsed.TotalMilliseconds:0} ms"));
            }
        }
        finally
        {
            if (!preview.HasExited) preview.Kill(entireProcessTree: true);
        }
        return times;
    }

    private static void WaitUntilServing(HttpClient http, Process preview)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromMinutes(10))
        {
            if (preview.HasExited) throw new InvalidOperationException($"preview exited with {preview.ExitCode}");
            try
            {
                if (http.GetAsync("").GetAwaiter().GetResult().StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet: the first build runs before the server starts.
            }
            Thread.Sleep(200);
        }
        throw new TimeoutException("preview did not start serving within 10 minutes");
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\([0-9]+ pages rendered, [0-9]+ unchanged pages reused(, search index unchanged)?\)")]
    private static partial Regex PagesLine();
}
