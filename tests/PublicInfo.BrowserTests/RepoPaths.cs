namespace PublicInfo.BrowserTests;

/// <summary>The repository's folders, found from wherever the test runner runs.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

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

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "PublicInfo.sln"))) return dir.FullName;
        throw new InvalidOperationException("PublicInfo.sln not found above " + AppContext.BaseDirectory);
    }
}
