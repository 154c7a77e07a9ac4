using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PublicInfo.Content;

/// <summary>One YAML text being read: turns node marks into file positions and collects them for the <see cref="SourceMap"/>.</summary>
internal sealed class YamlFile
{
    private readonly int _firstLine;
    private readonly DiagnosticBag _diagnostics;
    private readonly Dictionary<string, SourceLocation> _positions = new(StringComparer.Ordinal);

    private YamlFile(string file, int firstLine, DiagnosticBag diagnostics)
    {
        File = file;
        _firstLine = firstLine;
        _diagnostics = diagnostics;
    }

    public string File { get; }

    /// <summary>The text could not be parsed (already reported); nothing more is said about it.</summary>
    public bool SyntaxFailed { get; private set; }

    /// <summary>Parses <paramref name="yaml"/>, which starts at line <paramref name="firstLine"/> of <paramref name="file"/>.
    /// Returns the root mapping, or null after reporting a syntax error or a root that is not a mapping.</summary>
    public static (YamlFile File, YamlNode? Root) Parse(string file, string yaml, int firstLine, DiagnosticBag diagnostics)
    {
        var reader = new YamlFile(file, firstLine, diagnostics);
        var scanner = new Scanner(new StringReader(yaml));
        try
        {
            var stream = new YamlStream();
            stream.Load(new Parser(scanner));
            return (reader, stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode);
        }
        catch (YamlException e)
        {
            reader.ReportSyntax(e.Start, (e.InnerException?.Message ?? e.Message).Trim());
            return (reader, null);
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet fails this way (not with a YamlException) on an unclosed [ or {; the scanner knows where it stopped.
            reader.ReportSyntax(scanner.CurrentPosition, "a list or mapping opened with [ or { is not closed before this point");
            return (reader, null);
        }
    }

    private void ReportSyntax(Mark mark, string message)
    {
        var location = new SourceLocation(File, (int)mark.Line + _firstLine - 1, (int)Math.Max(1, mark.Column));
        _diagnostics.Report(SchemaRules.Syntax, location, $"YAML syntax error: {message}");
        SyntaxFailed = true;
    }

    /// <summary>The root as a mapping, or null after reporting what the root is instead.</summary>
    public YamlMap? RootMap(YamlNode? root, string what)
    {
        if (SyntaxFailed) return null;
        if (root is YamlMappingNode mapping) return new YamlMap(mapping, "", this);
        var location = root is null ? new SourceLocation(File, _firstLine, 1) : LocationOf(root);
        _diagnostics.Report(SchemaRules.WrongType, location, $"{what} must be a mapping of key: value pairs");
        return null;
    }

    public SourceLocation LocationOf(YamlNode node) =>
        new(File, (int)node.Start.Line + _firstLine - 1, (int)node.Start.Column);

    public void Remember(string path, YamlNode node) => _positions.TryAdd(KeyPaths.Shared(path), LocationOf(node));

    public SourceLocation? PositionOf(string path) => _positions.TryGetValue(path, out var location) ? location : null;

    public void Report(RuleDescriptor rule, YamlNode node, string message) =>
        _diagnostics.Report(rule, LocationOf(node), message);

    public void Report(RuleDescriptor rule, SourceLocation location, string message) =>
        _diagnostics.Report(rule, location, message);

    public SourceMap ToSourceMap(int bodyLine = 0)
    {
        _positions.TrimExcess(); // kept for the life of the site model: no spare capacity
        return new(File, _positions, bodyLine);
    }
}
