using System.CommandLine;
using PublicInfo.Build;
using PublicInfo.Cli.BuildServer;
using PublicInfo.Pipeline;

namespace PublicInfo.Cli.Commands;

/// <summary><c>publicinfo build</c>: the whole site into the output folder, swapped in only when everything succeeded.</summary>
public static class BuildCommand
{
    /// <param name="server">Starts the build server when none runs for the site; null builds in this process always
    /// (tests call the command inside their own process).</param>
    public static Command Create(CliOutput io, BuildServerLauncher? server = null)
    {
        var root = CommonOptions.Root();
        var output = CommonOptions.Output();
        var now = CommonOptions.Now();
        var clean = new Option<bool>("--clean") { Description = "render every page afresh instead of reusing unchanged ones from the last build" };
        var noServer = new Option<bool>("--no-server")
        {
            Description = "build in this process instead of the build server that keeps the site in memory between builds " +
                          $"(also: {BuildServerLauncher.DisableVariable}=off)",
        };
        var command = new Command("build", "Build the site into the output folder") { root, output, now, clean, noServer };
        command.SetAction(parsed =>
        {
            if (!CommonOptions.TryGetDate(parsed.GetValue(now), out var today, io.Error)) return ExitCodes.Usage;
            var rootDir = parsed.GetValue(root)!;
            var settings = new BuildSettings(rootDir, CommonOptions.OutputOrDefault(parsed.GetValue(output), rootDir), today,
                Incremental: !parsed.GetValue(clean));
            if (server is not null && !parsed.GetValue(noServer) && BuildServerLauncher.Enabled
                && BuildServerClient.TryBuild(settings, server, io) is { } served)
                return served;
            return Run(settings, io);
        });
        return command;
    }

    /// <summary>One build and its report, in this process; <paramref name="warm"/> is the build server's memory of its
    /// earlier builds.</summary>
    /// <exception cref="OperationCanceledException">The build server stopped the build (its client went away).</exception>
    internal static int Run(BuildSettings settings, CliOutput io, WarmCaches? warm = null, CancellationToken cancellation = default)
    {
        BuildResult result;
        try
        {
            result = SiteBuilder.Build(settings, warm, cancellation);
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            io.Error.WriteLine($"publicinfo: {e.Message}");
            io.Error.WriteLine("build failed: the previous output is unchanged.");
            return ExitCodes.Problems;
        }
        io.Error.Write(DiagnosticReport.Text(result.Diagnostics));
        if (!result.Succeeded)
        {
            io.Error.WriteLine("build failed: nothing was written; the previous output is unchanged.");
            return ExitCodes.Problems;
        }
        io.Error.Write(TimingSummary.Format(result.Timings, result.Elapsed));
        io.Out.WriteLine(result.UpToDate
            ? $"up to date: nothing changed since the last build of {Path.GetFullPath(settings.OutputDirectory)} ({result.FileCount} files)"
            : $"built {result.FileCount} files into {Path.GetFullPath(settings.OutputDirectory)} " +
              $"({result.PagesRendered} pages rendered, {result.PagesReused} unchanged pages reused" +
              (result.SearchExportReused ? ", search index unchanged)" : ")"));
        io.Out.WriteLine($"open {Path.GetFullPath(Path.Combine(settings.OutputDirectory, "index.html"))}, or serve the folder: publicinfo preview");
        return ExitCodes.Success;
    }
}
