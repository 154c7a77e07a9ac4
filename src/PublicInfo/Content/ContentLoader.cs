namespace PublicInfo.Content;

/// <summary>Reads a site root (site/ and input/) into a <see cref="ContentSet"/>, reporting every problem found on the way.</summary>
public static class ContentLoader
{
    /// <summary>Loads everything; returns null only when site.yml itself cannot be read (nothing else makes sense without it).</summary>
    public static ContentSet? Load(string root, DiagnosticBag diagnostics)
    {
        root = Path.GetFullPath(root);
        var siteFile = Path.Combine(root, "site", "site.yml");
        if (!File.Exists(siteFile))
        {
            diagnostics.Report(SchemaRules.Syntax, SourceLocation.OfFile("site/site.yml"),
                $"site/site.yml not found under {root}: run the command from the site's root or pass --root DIR");
            return null;
        }
        var config = SiteConfigReader.Read("site/site.yml", File.ReadAllText(siteFile), diagnostics);
        if (config is null) return null;

        var documentsFile = Path.Combine(root, "input", "documents.yml");
        var documents = File.Exists(documentsFile)
            ? DocumentCatalogReader.Read("input/documents.yml", File.ReadAllText(documentsFile), diagnostics)
            : [];

        var procedures = ReadAll(root, "input/procedures", "*.md", diagnostics,
            (file, text) => ReadProcedure(file, text, config, diagnostics));
        var offices = ReadAll(root, "input/offices", "*.yml", diagnostics, (f, t) => OfficeReader.Read(f, t, diagnostics));
        var notices = ReadAll(root, "input/notices", "*.md", diagnostics, (f, t) => MarkdownFileReader.ReadNotice(f, t, diagnostics));
        var pages = ReadAll(root, "input/pages", "*.md", diagnostics, (f, t) => MarkdownFileReader.ReadPage(f, t, diagnostics));

        var synonymsFile = Path.Combine(root, "site", config.Synonyms);
        var synonyms = File.Exists(synonymsFile) ? FrontMatter.Normalize(File.ReadAllText(synonymsFile)) : "";
        return new ContentSet(config, procedures, documents, offices, notices, pages, synonyms);
    }

    private static Procedure? ReadProcedure(string file, string text, SiteConfig config, DiagnosticBag diagnostics)
    {
        if (MarkdownFileReader.Open(file, text, diagnostics) is not var (yaml, map, source)) return null;
        return ProcedureReader.Read(map, yaml, source, config.Organisation);
    }

    /// <summary>Reads every matching file below a folder in parallel; results come back in path order, so output is deterministic.</summary>
    private static IReadOnlyList<T> ReadAll<T>(string root, string folder, string pattern, DiagnosticBag diagnostics,
        Func<string, string, T?> read) where T : class
    {
        var directory = Path.Combine(root, folder);
        if (!Directory.Exists(directory)) return [];
        var files = Directory.EnumerateFiles(directory, pattern, SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToArray();
        var results = new T?[files.Length];
        Parallel.For(0, files.Length, i =>
        {
            var text = File.ReadAllText(Path.Combine(root, files[i]));
            results[i] = read(files[i], text);
        });
        return results.Where(r => r is not null).ToList()!;
    }
}
