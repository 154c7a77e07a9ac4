namespace PublicInfo.Content;

/// <summary>Collects diagnostics from parallel work; reports them in a stable order.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _gate = new();

    public void Add(Diagnostic diagnostic)
    {
        lock (_gate) _items.Add(diagnostic);
    }

    public void Report(RuleDescriptor rule, SourceLocation location, string message) =>
        Add(new Diagnostic(rule.Id, rule.Severity, location, message, rule.Fix));

    public bool HasErrors
    {
        get { lock (_gate) return _items.Any(d => d.Severity == Severity.Error); }
    }

    /// <summary>All diagnostics sorted by file, line, column and rule, so reports are deterministic.</summary>
    public IReadOnlyList<Diagnostic> Sorted()
    {
        lock (_gate)
        {
            return _items
                .OrderBy(d => d.Location.File, StringComparer.Ordinal)
                .ThenBy(d => d.Location.Line).ThenBy(d => d.Location.Column)
                .ThenBy(d => d.RuleId, StringComparer.Ordinal).ThenBy(d => d.Message, StringComparer.Ordinal)
                .ToList();
        }
    }
}
