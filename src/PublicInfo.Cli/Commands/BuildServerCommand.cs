using System.CommandLine;
using PublicInfo.Cli.BuildServer;

namespace PublicInfo.Cli.Commands;

/// <summary><c>publicinfo build-server</c>: the process <c>build</c> starts to keep a site in memory between builds
/// (not usually typed by hand), and <c>--stop</c> to end it before its idle time runs out.</summary>
public static class BuildServerCommand
{
    public static Command Create(CliOutput io)
    {
        var root = CommonOptions.Root();
        var output = CommonOptions.Output();
        var stop = new Option<bool>("--stop") { Description = "stop the site's build server, if one runs" };
        var command = new Command("build-server", "Keep a site in memory between builds (started by 'build'); --stop ends it")
        {
            root, output, stop,
        };
        command.SetAction(parsed =>
        {
            var rootDir = parsed.GetValue(root)!;
            var outputDir = CommonOptions.OutputOrDefault(parsed.GetValue(output), rootDir);
            try
            {
                if (!parsed.GetValue(stop)) return BuildServerHost.Run(rootDir, outputDir, BuildServerLauncher.IdleTimeout);
                io.Out.WriteLine(BuildServerClient.TryStop(rootDir, outputDir)
                    ? "build server stopped"
                    : "no build server runs for this site");
                return ExitCodes.Success;
            }
            catch (UnauthorizedAccessException e)
            {
                io.Error.WriteLine($"publicinfo: {e.Message}");
                return ExitCodes.Problems;
            }
        });
        return command;
    }
}
