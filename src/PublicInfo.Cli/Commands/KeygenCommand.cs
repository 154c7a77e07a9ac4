using System.CommandLine;
using PublicInfo.Transparency;

namespace PublicInfo.Cli.Commands;

/// <summary><c>publicinfo keygen NAME</c>: writes a new private key file and prints the public key string.</summary>
public static class KeygenCommand
{
    public static Command Create(CliOutput io)
    {
        var name = new Argument<string>("NAME") { Description = "the key's name, usually the log origin, e.g. ga.example.invalid/publicinfo" };
        var file = new Option<string>("--out") { Description = "where to write the private key (default: NAME-derived file in the current folder)" };
        var command = new Command("keygen", "Create a signing key for the publication log") { name, file };
        command.SetAction(parsed =>
        {
            var keyName = parsed.GetValue(name)!;
            (string PrivateKey, string PublicKey) keys;
            try { keys = KeyGenerator.Generate(keyName); }
            catch (ArgumentException e)
            {
                io.Error.WriteLine($"publicinfo: {e.Message}");
                return ExitCodes.Usage;
            }
            var path = parsed.GetValue(file) ?? keyName.Replace('/', '_') + ".key";
            if (File.Exists(path))
            {
                io.Error.WriteLine($"publicinfo: {path} exists; refusing to overwrite a key");
                return ExitCodes.Usage;
            }
            File.WriteAllText(path, keys.PrivateKey + "\n");
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            io.Error.WriteLine($"private key written to {path}: keep it out of the repository; publish reads it with --key or PUBLICINFO_KEY");
            io.Out.WriteLine(keys.PublicKey);
            return ExitCodes.Success;
        });
        return command;
    }
}
