namespace PublicInfo.Content.Rules;

/// <summary>A rule that looks at one guide at a time, every version of it.</summary>
public abstract class ProcedureRule : ContentRule, IGuideRule
{
    public sealed override void Check(RuleContext context, DiagnosticBag diagnostics)
    {
        foreach (var procedure in context.Content.ProcedureVersions)
            Check(procedure, context, diagnostics);
    }

    public void CheckGuide(Procedure procedure, RuleContext context, DiagnosticBag diagnostics) => Check(procedure, context, diagnostics);

    protected abstract void Check(Procedure procedure, RuleContext context, DiagnosticBag diagnostics);
}
