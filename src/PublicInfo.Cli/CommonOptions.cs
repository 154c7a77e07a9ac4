using System.CommandLine;
using System.Globalization;

namespace PublicInfo.Cli;

/// <summary>Options shared by several commands, defined once so they read and behave the same everywhere.</summary>
public static class CommonOptions
{
    public static Option<string> Root() => new("--root")
    {
        Description = "the site's root folder (holds site/, input/, themes/)",
        DefaultValueFactory = _ => ".",
    };

    public static Option<string> Output() => new("--output")
    {
        Description = "where to write the site (default: output/ under the root)",
    };

    public static Option<string> Now() => new("--now")
    {
        Description = "the build date, YYYY-MM-DD (default: today); the same date gives byte-identical output",
    };

    /// <summary>Reads --now strictly; a malformed date is a usage error, not silently today.</summary>
    public static bool TryGetDate(string? text, out DateOnly date, TextWriter error)
    {
        if (text is null)
        {
            date = DateOnly.FromDateTime(DateTime.Now);
            return true;
        }
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)) return true;
        error.WriteLine($"publicinfo: --now must be a date written YYYY-MM-DD, got '{text}'");
        return false;
    }

    public static string OutputOrDefault(string? output, string root) => output ?? Path.Combine(root, "output");
}
