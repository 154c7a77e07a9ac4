namespace PublicInfo.BrowserTests;

/// <summary>The repository's folders, found from wherever the test runner runs.</summary>
public static class RepoPaths
{
    public static string Root => PublicInfo.Tests.Support.RepoPaths.Root;

    public static string Tests => Path.Combine(Root, "tests");

    /// <summary>Screenshots and PDFs for a person to look at; kept out of git.</summary>
    public static string Artifacts
    {
        get
        {
            var path = Path.Combine(Tests, "artifacts");
            Directory.CreateDirectory(path);
            return path;
        }
    }
}
