namespace PublicInfo.Content.Rules;

/// <summary>PI2003: a guide with no materials is unusual; say so in case the list was forgotten.</summary>
public sealed class NoMaterialsRule : ProcedureRule
{
    public override RuleDescriptor Descriptor { get; } = new("PI2003", Severity.Warning, "no materials",
        "list what citizens must bring, or say in the body that nothing is needed");

    protected override void Check(Procedure procedure, RuleContext context, DiagnosticBag diagnostics)
    {
        if (procedure.Materials.Count == 0)
            Report(diagnostics, procedure.Source.At("materials"), "the guide lists no materials");
    }
}
