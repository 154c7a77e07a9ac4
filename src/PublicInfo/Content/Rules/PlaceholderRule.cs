namespace PublicInfo.Content.Rules;

/// <summary>PI1113: a value still holds the 【待填写】 placeholder that <c>publicinfo new</c> wrote.</summary>
public sealed class PlaceholderRule : ProcedureRule
{
    public override RuleDescriptor Descriptor { get; } = new("PI1113", Severity.Error, "placeholder not filled in",
        $"replace {ProcedureScaffold.Placeholder} with the real value");

    protected override void Check(Procedure procedure, RuleContext context, DiagnosticBag diagnostics)
    {
        foreach (var (path, value) in ProcedureText.Fields(procedure))
            if (value.Contains(ProcedureScaffold.Placeholder, StringComparison.Ordinal))
                Report(diagnostics, procedure.Source.At(path), $"'{path}' still needs a value: {value}");
        // Nearly every body has none: it is split into lines (to say where) only when it does.
        if (!procedure.Body.Contains(ProcedureScaffold.Placeholder, StringComparison.Ordinal)) return;
        var lines = procedure.Body.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var at = lines[i].IndexOf(ProcedureScaffold.Placeholder, StringComparison.Ordinal);
            if (at >= 0) Report(diagnostics, RuleContext.InBody(procedure.Source, i, at), $"the body still needs text: {lines[i].Trim()}");
        }
    }
}
