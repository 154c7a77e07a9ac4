namespace PublicInfo.Content;

/// <summary>Reads a site root (site/ and input/) into a <see cref="ContentSet"/>, reporting every problem found on the way.</summary>
public static class ContentLoader
{
    /// <summary>Loads everything; returns null only when site.yml itself cannot be read (nothing else makes sense without it).</summary>
    /// <param name="cache">Reuses the parse of files unchanged since an earlier load in this process (preview); null parses all.</param>
    /// <param name="cancellation">Stops reading between files.</param>
    /// <exception cref="OperationCanceledException">Reading was stopped.</exception>
    public static ContentSet? Load(string root, DiagnosticBag diagnostics, ParseCache? cache = null, CancellationToken cancellation = default)
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

        // A guide without an authority takes the organisation's name: its parse depends on that too.
        var procedures = ReadAll(root, "input/procedures", "*.md", diagnostics, cache, config.Organisation,
            (file, text, bag) => ReadProcedure(file, text, config, bag), cancellation);
        var offices = ReadAll(root, "input/offices", "*.yml", diagnostics, cache, "", OfficeReader.Read, cancellation);
        var notices = ReadAll(root, "input/notices", "*.md", diagnostics, cache, "", MarkdownFileReader.ReadNotice, cancellation);
        var pages = ReadAll(root, "input/pages", "*.md", diagnostics, cache, "", MarkdownFileReader.ReadPage, cancellation);

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
        ParseCache? cache, string context, Func<string, string, DiagnosticBag, T?> read, CancellationToken cancellation) where T : class
    {
        var directory = Path.Combine(root, folder);
        if (!Directory.Exists(directory)) return [];
        var files = Directory.EnumerateFiles(directory, pattern, SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToArray();
        var results = new T?[files.Length];
        Parallel.For(0, files.Length, new ParallelOptions { CancellationToken = cancellation }, i =>
        {
            var path = Path.Combine(root, files[i]);
            results[i] = cache is null
                ? read(files[i], File.ReadAllText(path), diagnostics)
                : cache.GetOrParse(files[i], path, context, diagnostics, (text, bag) => read(files[i], text, bag));
        });
        return results.Where(r => r is not null).ToList()!;
    }
}
