using System.Text.Encodings.Web;
using System.Text.Json;
using PublicInfo.Content;

namespace PublicInfo.Build;

/// <summary>Formats diagnostics for people (one compiler-style line each, then a count) and for tools (JSON).</summary>
public static class DiagnosticReport
{
    public static string Text(IReadOnlyList<Diagnostic> diagnostics)
    {
        var lines = diagnostics.Select(d => d.ToString()).ToList();
        lines.Add($"{Count(diagnostics, Severity.Error)} error(s), {Count(diagnostics, Severity.Warning)} warning(s), {Count(diagnostics, Severity.Info)} note(s)");
        return string.Join('\n', lines) + "\n";
    }

    public static string Json(IReadOnlyList<Diagnostic> diagnostics)
    {
        var report = new
        {
            errors = Count(diagnostics, Severity.Error),
            warnings = Count(diagnostics, Severity.Warning),
            notes = Count(diagnostics, Severity.Info),
            diagnostics = diagnostics.Select(d => new
            {
                file = d.Location.File, line = d.Location.Line, column = d.Location.Column,
                severity = d.Severity.ToString().ToLowerInvariant(), rule = d.RuleId, message = d.Message, fix = d.Fix,
            }),
        };
        return JsonSerializer.Serialize(report, Options) + "\n";
    }

    private static int Count(IReadOnlyList<Diagnostic> diagnostics, Severity severity) => diagnostics.Count(d => d.Severity == severity);

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // keep Chinese readable in editors' terminals
    };
}
