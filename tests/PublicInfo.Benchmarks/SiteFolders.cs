namespace PublicInfo.Benchmarks;

/// <summary>Copies of site roots for the benchmarks: a corpus without its build products, and the repository's themes.</summary>
public static class SiteFolders
{
    /// <summary>Copies every file under <paramref name="from"/> except earlier outputs and caches (output/, .publicinfo/).</summary>
    public static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (relative.StartsWith("output", StringComparison.Ordinal) || relative.StartsWith(".publicinfo", StringComparison.Ordinal)) continue;
            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    /// <summary>The build reads themes/ from the site root: give the corpus the repository's current themes, when there are any.</summary>
    public static void SyncThemes(string repoRoot, string corpus)
    {
        var source = Path.Combine(repoRoot, "themes");
        var target = Path.Combine(corpus, "themes");
        QuietDisk.Delete(target);
        if (Directory.Exists(source)) Copy(source, target);
    }
}
