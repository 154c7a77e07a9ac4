using System.ComponentModel;
using System.Diagnostics;
using System.Reflection;

namespace PublicInfo.Cli.BuildServer;

/// <summary>Starts this same program as a build server (<c>publicinfo build-server</c>), detached from the build that
/// started it: it keeps none of that process's output streams, so whoever waits for the build's output (a terminal, a
/// script, CI) is not held open by the server.</summary>
public sealed class BuildServerLauncher
{
    /// <summary><c>off</c>: build in the calling process always; <c>on</c>: use the server even where <c>CI</c> is set
    /// (a CI job builds once, and a process left behind may hold it open).</summary>
    public const string DisableVariable = "PUBLICINFO_BUILD_SERVER";

    /// <summary>Seconds an idle server waits for the next build before it exits (default 20 minutes).</summary>
    public const string IdleVariable = "PUBLICINFO_BUILD_SERVER_IDLE_SECONDS";

    private readonly string _program;
    private readonly IReadOnlyList<string> _leadingArguments;

    private BuildServerLauncher(string program, IReadOnlyList<string> leadingArguments)
    {
        _program = program;
        _leadingArguments = leadingArguments;
    }

    public static bool Enabled => Environment.GetEnvironmentVariable(DisableVariable)?.ToLowerInvariant() switch
    {
        "off" => false,
        "on" => true,
        _ => string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")),
    };

    public static TimeSpan IdleTimeout =>
        int.TryParse(Environment.GetEnvironmentVariable(IdleVariable), out var seconds) && seconds > 0
            ? TimeSpan.FromSeconds(seconds)
            : TimeSpan.FromMinutes(20);

    /// <summary>How to start this program again; null when it cannot be told (no process path).</summary>
    public static BuildServerLauncher? ForThisProcess()
    {
        if (Environment.ProcessPath is not { } program) return null;
        // Run as `dotnet PublicInfo.Cli.dll …`, the host needs the program's assembly named again.
        if (!Path.GetFileNameWithoutExtension(program).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
            return new BuildServerLauncher(program, []);
        return Assembly.GetEntryAssembly()?.Location is { Length: > 0 } assembly ? new BuildServerLauncher(program, [assembly]) : null;
    }

    /// <summary>Starts a server for the site; false when the program could not be started at all.</summary>
    internal bool Start(string root, string output)
    {
        try
        {
            using var process = Process.Start(StartInfo(root, output));
            if (process is null) return false;
            process.StandardInput.Close();
            process.StandardOutput.Close();
            process.StandardError.Close();
            return true;
        }
        catch (Win32Exception)
        {
            return false;
        }
    }

    /// <summary>How the server for the site is started: this program's <c>build-server</c> command, detached, with the
    /// garbage collector set for a long-lived process that builds the same site again and again.</summary>
    internal ProcessStartInfo StartInfo(string root, string output)
    {
        var start = new ProcessStartInfo(_program)
        {
            UseShellExecute = false,
            // Pipes of its own, closed here at once: the server writes only to its log file.
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        foreach (var argument in _leadingArguments) start.ArgumentList.Add(argument);
        foreach (var argument in new[] { "build-server", "--root", Path.GetFullPath(root), "--output", Path.GetFullPath(output) })
            start.ArgumentList.Add(argument);
        // Server GC's dynamic adaptation (DATAS) keeps the heap small by collecting more often, which suits a short build
        // of 100,000 guides (its peak halved) but not a server that holds 10,000 guides' caches between builds: without
        // it a one-guide build paused less for collections and took 4–6% less time in alternated runs (1.79 s against
        // 1.91 s, 1.93 s against 2.01 s), for about 0.3 GiB more memory. A value the user set is kept.
        if (Environment.GetEnvironmentVariable(AdaptationVariable) is null) start.Environment[AdaptationVariable] = "0";
        return start;
    }

    /// <summary>The runtime's switch for DATAS (0 turns it off).</summary>
    internal const string AdaptationVariable = "DOTNET_GCDynamicAdaptationMode";
}
