namespace PublicInfo.Content;

/// <summary>One problem found in the input, with where it is, which rule found it and how to fix it.</summary>
public sealed record Diagnostic(string RuleId, Severity Severity, SourceLocation Location, string Message, string Fix)
{
    /// <summary>The compiler-style line editors and tools parse: <c>path:line:col: error PI1234: message (fix)</c>.</summary>
    public override string ToString()
    {
        var level = Severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "note" };
        var fix = string.IsNullOrEmpty(Fix) ? "" : $" ({Fix})";
        return $"{Location}: {level} {RuleId}: {Message}{fix}";
    }
}
