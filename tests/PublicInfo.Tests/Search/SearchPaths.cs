namespace PublicInfo.Tests.Search;

/// Files of the repository the tests read (the client script, the Node harness).
internal static class SearchPaths
{
    public static string Root => Support.RepoPaths.Root;

    public static string SearchJs => Path.Combine(Root, "themes", "default", "assets", "js", "search.js");

    public static string ParityHarness => Path.Combine(Root, "tests", "PublicInfo.Tests", "Search", "parity.mjs");

    public static string NewTempFolder()
    {
        string folder = Path.Combine(Path.GetTempPath(), "publicinfo-search-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }
}
