using PublicInfo.Search;

namespace PublicInfo.Build;

/// <summary>
/// Where a build keeps the Lucene index of the site it wrote, so that <c>publicinfo search</c> answers exactly
/// what the published site answers. Beside the build cache, never inside the output.
/// </summary>
public static class SavedSearchIndex
{
    public static string PathFor(string root, string output) =>
        BuildCache.CacheEntry(root, output, "search");

    /// <summary>Replaces the saved index whole: a reader never sees half of one build and half of another.</summary>
    public static void Save(SearchIndex index, string path)
    {
        Stage(index, path);
        Publish(path);
    }

    /// <summary>Writes <paramref name="index"/> beside the saved one, to be put in its place by <see cref="Publish"/>
    /// once the build's site is in place (a build that fails later leaves the saved index as it was).</summary>
    public static void Stage(SearchIndex index, string path)
    {
        var staging = path + ".new";
        if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        index.Save(staging);
    }

    /// <summary>Puts the staged index in place of the saved one.</summary>
    public static void Publish(string path)
    {
        var staging = path + ".new";
        var previous = path + ".old";
        if (Directory.Exists(previous)) Directory.Delete(previous, recursive: true);
        if (Directory.Exists(path)) Directory.Move(path, previous);
        Directory.Move(staging, path);
        if (Directory.Exists(previous)) Directory.Delete(previous, recursive: true);
    }
}
