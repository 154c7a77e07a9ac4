namespace PublicInfo.Content;

/// <summary>Reads notices and content pages: small front matter plus a Markdown body.</summary>
internal static class MarkdownFileReader
{
    public static Notice? ReadNotice(string file, string text, DiagnosticBag diagnostics)
    {
        if (Open(file, text, diagnostics) is not var (yaml, map, source)) return null;
        var title = map.String("title", required: true);
        var date = map.Date("date", required: true);
        var procedures = map.StringList("procedures");
        map.RejectUnknownKeys();
        if (title is null || date is null) return null;
        return new Notice
        {
            Slug = SlugOf(file), Title = title, Date = date.Value, Procedures = procedures, Body = source.Body,
            Source = yaml.ToSourceMap(source.BodyLine),
        };
    }

    public static ContentPage? ReadPage(string file, string text, DiagnosticBag diagnostics)
    {
        if (Open(file, text, diagnostics) is not var (yaml, map, source)) return null;
        var title = map.String("title", required: true);
        map.RejectUnknownKeys();
        if (title is null) return null;
        return new ContentPage { Slug = SlugOf(file), Title = title, Body = source.Body, Source = yaml.ToSourceMap(source.BodyLine) };
    }

    /// <summary>Splits the front matter and parses it; null after reporting why not.</summary>
    public static (YamlFile Yaml, YamlMap Map, FrontMatter Source)? Open(string file, string text, DiagnosticBag diagnostics)
    {
        if (FrontMatter.Split(text) is not { } source)
        {
            diagnostics.Report(SchemaRules.Syntax, SourceLocation.OfFile(file),
                "no front matter: the file must start with a line '---', then its fields, then a line '---'");
            return null;
        }
        var (yaml, root) = YamlFile.Parse(file, source.Yaml, source.YamlLine, diagnostics);
        if (yaml.RootMap(root, "the front matter") is not { } map) return null;
        return (yaml, map, source);
    }

    /// <summary>The URL slug of a notice or page: its file name without extension.</summary>
    private static string SlugOf(string file) => Path.GetFileNameWithoutExtension(file);
}
