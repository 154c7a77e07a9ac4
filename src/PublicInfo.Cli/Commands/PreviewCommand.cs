using System.CommandLine;
using PublicInfo.Preview;

namespace PublicInfo.Cli.Commands;

/// <summary><c>publicinfo preview</c>: serve on 127.0.0.1, rebuild on save, reload the browser.</summary>
public static class PreviewCommand
{
    public static Command Create(CliOutput io)
    {
        var root = CommonOptions.Root();
        var port = new Option<int>("--port") { Description = "port on 127.0.0.1", DefaultValueFactory = _ => 8080 };
        var command = new Command("preview", "Serve the site on 127.0.0.1, rebuild on every change and reload open pages") { root, port };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            await using var server = new PreviewServer(parsed.GetValue(root)!, io.Error);
            await server.StartAsync(parsed.GetValue(port), cancellationToken);
            io.Out.WriteLine($"preview: {server.Address}/  (Ctrl+C to stop)");
            try { await Task.Delay(Timeout.Infinite, cancellationToken); }
            catch (OperationCanceledException) { }
            return ExitCodes.Success;
        });
        return command;
    }
}
