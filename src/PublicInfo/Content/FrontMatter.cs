namespace PublicInfo.Content;

/// <summary>A Markdown file split into its YAML front matter and its body, remembering where each starts.</summary>
public sealed record FrontMatter(string Yaml, int YamlLine, string Body, int BodyLine)
{
    /// <summary>Splits <c>---\n yaml \n---\n body</c>. Returns null when the file does not start with a front matter block
    /// or the block is never closed.</summary>
    public static FrontMatter? Split(string text)
    {
        text = Normalize(text);
        if (!text.StartsWith("---\n", StringComparison.Ordinal)) return null;
        var lines = text.Split('\n');
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].TrimEnd() != "---") continue;
            var yaml = string.Join('\n', lines[1..i]);
            var body = string.Join('\n', lines[(i + 1)..]);
            return new FrontMatter(yaml, 2, body, i + 2);
        }
        return null;
    }

    /// <summary>Editors' files come from many editors: drop a BOM and unify line ends so positions are stable.</summary>
    public static string Normalize(string text) =>
        text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
}
