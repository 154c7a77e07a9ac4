namespace PublicInfo.Tests.Support;

/// <summary>Finds the repository's folders from wherever the test runner runs.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Fixture(string name) => Path.Combine(Root, "tests", "PublicInfo.Tests", "Fixtures", name);

    public static string TestFile(params string[] parts) => Path.Combine([Root, "tests", "PublicInfo.Tests", .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "PublicInfo.sln"))) return dir.FullName;
        throw new InvalidOperationException("PublicInfo.sln not found above " + AppContext.BaseDirectory);
    }
}
