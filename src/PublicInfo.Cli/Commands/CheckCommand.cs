using System.CommandLine;
using PublicInfo.Build;

namespace PublicInfo.Cli.Commands;

/// <summary><c>publicinfo check</c>: every problem at once; exit 1 on any error.</summary>
public static class CheckCommand
{
    public static Command Create(CliOutput io)
    {
        var root = CommonOptions.Root();
        var now = CommonOptions.Now();
        var format = new Option<string>("--format") { Description = "text or json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("check", "Check every guide and file; report all problems with file:line:column") { root, format, now };
        command.SetAction(parsed =>
        {
            if (!CommonOptions.TryGetDate(parsed.GetValue(now), out var today, io.Error)) return ExitCodes.Usage;
            var result = SiteChecker.Check(parsed.GetValue(root)!, today);
            io.Out.Write(parsed.GetValue(format) == "json"
                ? DiagnosticReport.Json(result.Diagnostics)
                : DiagnosticReport.Text(result.Diagnostics));
            return result.HasErrors ? ExitCodes.Problems : ExitCodes.Success;
        });
        return command;
    }
}
