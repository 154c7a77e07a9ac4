using PublicInfo.Build;
using PublicInfo.Content;
using PublicInfo.Tests.Support;

namespace PublicInfo.Tests.Records;

/// <summary>The sites the open-data tests export: the minimal fixture, and the shipped sample when the repository has one.</summary>
public static class SampleSites
{
    public static readonly DateOnly Today = new(2026, 11, 25);

    public static SiteModel Minimal() => Load(RepoPaths.Fixture("minimal"));

    /// <summary>The shipped sample (repository root input/ + site/); PUBLICINFO_SAMPLE_ROOT points at another checkout's root.</summary>
    public static string ShippedRoot()
    {
        var root = Environment.GetEnvironmentVariable("PUBLICINFO_SAMPLE_ROOT") is { Length: > 0 } r ? r : RepoPaths.Root;
        Assert.True(Directory.Exists(Path.Combine(root, "input", "procedures")), $"no shipped sample at {root}/input/procedures");
        return root;
    }

    public static SiteModel Load(string root)
    {
        var result = SiteChecker.Check(root, Today);
        Assert.False(result.HasErrors, $"{root} does not load cleanly: " +
            string.Join("\n", result.Diagnostics.Where(d => d.Severity == Severity.Error).Take(5)));
        return result.Site!;
    }
}
