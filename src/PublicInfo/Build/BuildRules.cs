using PublicInfo.Content;
using PublicInfo.Rendering;
using Scriban.Syntax;

namespace PublicInfo.Build;

/// <summary>Problems found while building rather than while reading content, and how each is reported.</summary>
public static class BuildRules
{
    public static readonly RuleDescriptor TemplateError = new("PI1201", Severity.Error, "template error",
        "fix the template at this position in themes/");
    public static readonly RuleDescriptor LogDamaged = new("PI1202", Severity.Error, "publication log damaged",
        "restore site/log from git; the log is append-only and must never be edited by hand");

    /// <summary>The theme's parse errors (each message already names file:line:col).</summary>
    public static IReadOnlyList<Diagnostic> ThemeErrors(Theme theme) =>
        theme.Errors.Select(e => Report(TemplateError, SourceLocation.OfFile("themes"), e)).ToList();

    /// <summary>A template that failed while rendering (an unknown variable, a bad call), at its line in the theme.</summary>
    public static Diagnostic TemplateFailed(ScriptRuntimeException e, string root)
    {
        var file = e.Span.FileName is { Length: > 0 } name ? Path.GetRelativePath(root, name).Replace('\\', '/') : "themes";
        return Report(TemplateError, new SourceLocation(file, e.Span.Start.Line + 1, e.Span.Start.Column + 1), e.OriginalMessage);
    }

    /// <summary>site/log that cannot be read or does not verify.</summary>
    public static Diagnostic DamagedLog(Exception e) => Report(LogDamaged, SourceLocation.OfFile("site/log/checkpoint"), e.Message);

    private static Diagnostic Report(RuleDescriptor rule, SourceLocation location, string message) =>
        new(rule.Id, rule.Severity, location, message, rule.Fix);
}
