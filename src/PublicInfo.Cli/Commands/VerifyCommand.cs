using System.CommandLine;
using PublicInfo.Transparency;

namespace PublicInfo.Cli.Commands;

/// <summary><c>publicinfo verify SITE_DIR</c>: recompute the log, check signature, records, proofs and consistency.</summary>
public static class VerifyCommand
{
    public const string PublishedKeyFile = "log/public-key.txt";

    public static Command Create(CliOutput io)
    {
        var site = new Argument<string>("SITE_DIR") { Description = "a published site (the output folder, or a download of it)" };
        var trusted = new Option<string>("--trusted-checkpoint") { Description = "an older signed checkpoint you kept; the log must extend it" };
        var publicKey = new Option<string>("--public-key") { Description = "the log's public key (name+id+key); default: the key the site itself publishes" };
        var command = new Command("verify", "Verify a published site against its publication log") { site, trusted, publicKey };
        command.SetAction(parsed =>
        {
            var siteDir = parsed.GetValue(site)!;
            if (!Directory.Exists(siteDir))
            {
                io.Error.WriteLine($"publicinfo: {siteDir} is not a folder");
                return ExitCodes.Usage;
            }
            var keyText = parsed.GetValue(publicKey);
            if (keyText is null)
            {
                var published = Path.Combine(siteDir, PublishedKeyFile);
                if (!File.Exists(published))
                {
                    io.Error.WriteLine($"publicinfo: no --public-key given and the site has no {PublishedKeyFile}");
                    return ExitCodes.Usage;
                }
                keyText = File.ReadAllText(published).Trim();
                io.Error.WriteLine($"note: using the key the site publishes itself ({keyText}); pass --public-key to pin the key you trust");
            }
            NoteVerifier verifier;
            try { verifier = NoteVerifier.Parse(keyText); }
            catch (FormatException e)
            {
                io.Error.WriteLine($"publicinfo: {e.Message}");
                return ExitCodes.Usage;
            }
            string? trustedNote = null;
            if (parsed.GetValue(trusted) is { } trustedFile)
            {
                if (!File.Exists(trustedFile))
                {
                    io.Error.WriteLine($"publicinfo: {trustedFile} not found");
                    return ExitCodes.Usage;
                }
                trustedNote = File.ReadAllText(trustedFile);
            }
            var report = LogVerifier.Verify(siteDir, verifier, trustedNote);
            foreach (var item in report.Checked) io.Out.WriteLine($"ok: {item}");
            foreach (var problem in report.Problems) io.Out.WriteLine($"FAIL: {problem}");
            io.Out.WriteLine(report.Ok ? "verified: the site matches its signed publication log" : $"{report.Problems.Count} problem(s) found");
            return report.Ok ? ExitCodes.Success : ExitCodes.Problems;
        });
        return command;
    }
}
