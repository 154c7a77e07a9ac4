using System.CommandLine;
using PublicInfo.Cli.BuildServer;
using PublicInfo.Cli.Commands;

namespace PublicInfo.Cli;

/// <summary>The <c>publicinfo</c> command: parses arguments and calls the library. Exit codes: 0 ok, 1 content or log problems, 2 bad usage.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        return Run(args, Console.Out, Console.Error, BuildServerLauncher.ForThisProcess());
    }

    /// <summary>Runs one command with the given writers, so every command is testable without a console.</summary>
    /// <param name="buildServer">How <c>build</c> starts a build server; null (tests, in their own process) builds in
    /// this process.</param>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, BuildServerLauncher? buildServer = null)
    {
        var io = new CliOutput(stdout, stderr);
        var root = new RootCommand("PublicInfo: builds a public-service website of police procedure guides and keeps a verifiable publication log.")
        {
            BuildCommand.Create(io, buildServer),
            BuildServerCommand.Create(io),
            CheckCommand.Create(io),
            NewCommand.Create(io),
            PreviewCommand.Create(io),
            PublishCommand.Create(io),
            SearchCommand.Create(io),
            VerifyCommand.Create(io),
            KeygenCommand.Create(io),
        };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors) stderr.WriteLine($"publicinfo: {error.Message}");
            stderr.WriteLine("Run 'publicinfo --help' for usage.");
            return ExitCodes.Usage;
        }
        var config = new InvocationConfiguration { Output = stdout, Error = stderr };
        return parsed.Invoke(config);
    }
}
