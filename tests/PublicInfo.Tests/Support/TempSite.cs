namespace PublicInfo.Tests.Support;

/// <summary>A throw-away copy of a fixture site that a test may edit; deleted on dispose.</summary>
public sealed class TempSite : IDisposable
{
    private TempSite(string root) => Root = root;

    public string Root { get; }

    public string Output => Path.Combine(Root, "output");

    public static TempSite CopyOf(string fixtureDirectory)
    {
        var root = Path.Combine(Path.GetTempPath(), "publicinfo-test-" + Guid.NewGuid().ToString("N"));
        CopyDirectory(fixtureDirectory, root);
        // Themes live at the repository root; a site without its own uses the shipped default theme.
        var themes = Path.Combine(RepoPaths.Root, "themes");
        if (!Directory.Exists(Path.Combine(root, "themes")) && Directory.Exists(themes))
            CopyDirectory(themes, Path.Combine(root, "themes"));
        return new TempSite(root);
    }

    /// <summary>The shipped sample site (the repository's site/, input/ and themes/), which builds.</summary>
    public static TempSite ShippedSample()
    {
        var site = CopyOf(RepoPaths.Fixture("minimal"));
        foreach (var folder in new[] { "site", "input", "themes" })
        {
            Directory.Delete(site.PathOf(folder), recursive: true);
            CopyDirectory(Path.Combine(RepoPaths.Root, folder), site.PathOf(folder));
        }
        return site;
    }

    /// <summary>The shipped sample plus the malformed fixture: valid guides, guides with errors and every kind of file.</summary>
    public static TempSite SampleWithErrors()
    {
        var site = CopyOf(RepoPaths.Fixture("minimal"));
        foreach (var folder in new[] { "site", "input" })
        {
            Directory.Delete(site.PathOf(folder), recursive: true);
            CopyDirectory(Path.Combine(RepoPaths.Root, folder), site.PathOf(folder));
        }
        CopyDirectory(RepoPaths.Fixture("malformed"), site.Root);
        return site;
    }

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public string Read(string relative) => File.ReadAllText(PathOf(relative));

    public void Write(string relative, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(PathOf(relative))!);
        File.WriteAllText(PathOf(relative), text);
    }

    /// <summary>Replaces exactly one occurrence, so a test's edit cannot silently miss.</summary>
    public void Replace(string relative, string find, string replacement)
    {
        var text = Read(relative);
        var at = text.IndexOf(find, StringComparison.Ordinal);
        if (at < 0) throw new InvalidOperationException($"'{find}' not found in {relative}");
        if (text.IndexOf(find, at + find.Length, StringComparison.Ordinal) >= 0)
            throw new InvalidOperationException($"'{find}' occurs more than once in {relative}");
        Write(relative, text[..at] + replacement + text[(at + find.Length)..]);
    }

    public static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (relative.Split(Path.DirectorySeparatorChar).Any(p => p is "bin" or "obj" or "output" or "node_modules")) continue;
            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    /// <summary>Deletes the site, and the builds a preview of it kept in the temp folder.</summary>
    public void Dispose()
    {
        foreach (var folder in new[] { Root, PublicInfo.Preview.PreviewServer.PrivateFolderOf(Root) })
            try { if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
