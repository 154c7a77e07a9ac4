namespace PublicInfo.Tests.Search;

/// Files of the repository the tests read (the client script, the Node harness).
internal static class SearchPaths
{
    public static string Root { get; } = FindRoot();

    public static string SearchJs => Path.Combine(Root, "themes", "default", "assets", "js", "search.js");

    public static string ParityHarness => Path.Combine(Root, "tests", "PublicInfo.Tests", "Search", "parity.mjs");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "PublicInfo.sln"))) return dir.FullName;
        throw new InvalidOperationException($"PublicInfo.sln not found above {AppContext.BaseDirectory}");
    }

    public static string NewTempFolder()
    {
        string folder = Path.Combine(Path.GetTempPath(), "publicinfo-search-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }
}
