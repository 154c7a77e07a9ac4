using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace PublicInfo.Benchmarks;

/// <summary>What one child process cost: wall time, CPU time (user + system), peak resident memory.</summary>
public sealed record Measurement(int ExitCode, TimeSpan Wall, TimeSpan Cpu, long PeakBytes, string Stdout, string Stderr, string Method)
{
    public double WallSeconds => Wall.TotalSeconds;
    public double CpuSeconds => Cpu.TotalSeconds;
    public double PeakMiB => PeakBytes / 1024.0 / 1024.0;
}

/// <summary>Runs a command and measures it, with GNU time (<c>/usr/bin/time -v</c>) when present, which reports the
/// peak RSS of the largest process in the tree (node wrappers included); otherwise with /proc polling of the child alone.</summary>
public static partial class ProcessMeter
{
    public const string GnuTime = "/usr/bin/time";

    public static Measurement Run(string file, IReadOnlyList<string> args, string? workingDirectory = null,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var useTime = File.Exists(GnuTime);
        var report = useTime ? Path.GetTempFileName() : null;
        var start = new ProcessStartInfo(useTime ? GnuTime : file)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        if (useTime)
        {
            start.ArgumentList.Add("-v");
            start.ArgumentList.Add("-o");
            start.ArgumentList.Add(report!);
            start.ArgumentList.Add(file);
        }
        foreach (var a in args) start.ArgumentList.Add(a);
        if (environment is not null) foreach (var (k, v) in environment) start.Environment[k] = v;

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {file}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        long polledPeak = 0;
        TimeSpan polledCpu = TimeSpan.Zero;
        while (!process.WaitForExit(20))
        {
            if (useTime) continue;
            polledPeak = Math.Max(polledPeak, ReadVmHwm(process.Id));
            try { polledCpu = process.TotalProcessorTime; } catch (InvalidOperationException) { }
        }
        process.WaitForExit();
        clock.Stop();
        var outText = stdout.Result;
        var errText = stderr.Result;

        if (useTime)
        {
            var text = File.ReadAllText(report!);
            File.Delete(report!);
            var user = Seconds(text, "User time (seconds)");
            var sys = Seconds(text, "System time (seconds)");
            var rssKb = (long)Seconds(text, "Maximum resident set size (kbytes)");
            return new Measurement(process.ExitCode, clock.Elapsed, TimeSpan.FromSeconds(user + sys), rssKb * 1024, outText, errText,
                "/usr/bin/time -v");
        }
        return new Measurement(process.ExitCode, clock.Elapsed, polledCpu, polledPeak, outText, errText, "/proc polling (child only)");
    }

    private static double Seconds(string report, string label)
    {
        var match = Regex.Match(report, Regex.Escape(label) + @":\s*([0-9.]+)");
        return match.Success ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
    }

    private static long ReadVmHwm(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    return long.Parse(DigitsRegex().Match(line).Value, CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
        return 0;
    }

    [GeneratedRegex("[0-9]+")]
    private static partial Regex DigitsRegex();

    /// <summary>Total bytes and number of files under a folder.</summary>
    public static (long Bytes, int Files) SizeOf(string directory)
    {
        if (!Directory.Exists(directory)) return (0, 0);
        long bytes = 0;
        var files = 0;
        foreach (var f in new DirectoryInfo(directory).EnumerateFiles("*", SearchOption.AllDirectories))
        {
            bytes += f.Length;
            files++;
        }
        return (bytes, files);
    }

    /// <summary>The full path of a command on PATH, or null.</summary>
    public static string? Which(string command)
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, command);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }
}
