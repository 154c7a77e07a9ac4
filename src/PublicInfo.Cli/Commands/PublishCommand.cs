using System.CommandLine;
using PublicInfo.Build;
using PublicInfo.Pipeline;
using PublicInfo.Publishing;
using PublicInfo.Transparency;

namespace PublicInfo.Cli.Commands;

/// <summary><c>publicinfo publish</c>: build, append changed guides to site/log, sign, write the site.</summary>
public static class PublishCommand
{
    public static Command Create(CliOutput io)
    {
        var root = CommonOptions.Root();
        var output = CommonOptions.Output();
        var now = CommonOptions.Now();
        var key = new Option<string>("--key") { Description = "file holding the private key (else the PUBLICINFO_KEY environment variable)" };
        var allowDirty = new Option<bool>("--allow-dirty") { Description = "publish even with uncommitted changes (the log then names the last commit)" };
        var command = new Command("publish", "Build, log every changed guide, sign a checkpoint and write the site") { root, output, now, key, allowDirty };
        command.SetAction(parsed =>
        {
            if (!CommonOptions.TryGetDate(parsed.GetValue(now), out var today, io.Error)) return ExitCodes.Usage;
            var keyText = parsed.GetValue(key) is { } keyFile
                ? File.Exists(keyFile) ? File.ReadAllText(keyFile) : null
                : Environment.GetEnvironmentVariable("PUBLICINFO_KEY");
            if (string.IsNullOrWhiteSpace(keyText))
            {
                io.Error.WriteLine("publicinfo: no signing key: pass --key FILE or set PUBLICINFO_KEY (create one with publicinfo keygen NAME)");
                return ExitCodes.Usage;
            }
            NoteSigner signer;
            try { signer = NoteSigner.Parse(keyText); }
            catch (FormatException e)
            {
                io.Error.WriteLine($"publicinfo: the signing key is not usable: {e.Message}");
                return ExitCodes.Usage;
            }
            var rootDir = parsed.GetValue(root)!;
            var settings = new BuildSettings(rootDir, CommonOptions.OutputOrDefault(parsed.GetValue(output), rootDir), today);
            var result = Publisher.Publish(settings, signer, parsed.GetValue(allowDirty));
            io.Error.Write(DiagnosticReport.Text(result.Diagnostics));
            if (!result.Succeeded)
            {
                io.Error.WriteLine("publish failed: nothing was appended to the log; the previous site is unchanged.");
                return ExitCodes.Problems;
            }
            foreach (var entry in result.Appended)
                io.Out.WriteLine($"logged {entry.Id} v{entry.Version}{(entry.ChangeNote is null ? "" : "：" + entry.ChangeNote)}");
            io.Out.WriteLine(result.Appended.Count == 0
                ? "nothing changed since the last publication; the log is unchanged"
                : $"appended {result.Appended.Count} entries; commit site/log to keep the publication record");
            io.Out.WriteLine($"site written to {Path.GetFullPath(settings.OutputDirectory)}");
            return ExitCodes.Success;
        });
        return command;
    }
}
