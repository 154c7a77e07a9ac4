namespace PublicInfo.Content.Rules;

/// <summary>A rule that looks at one guide at a time, every version of it.</summary>
public abstract class ProcedureRule : ContentRule
{
    public sealed override void Check(RuleContext context, DiagnosticBag diagnostics)
    {
        foreach (var procedure in context.Content.ProcedureVersions)
            Check(procedure, context, diagnostics);
    }

    protected abstract void Check(Procedure procedure, RuleContext context, DiagnosticBag diagnostics);
}
