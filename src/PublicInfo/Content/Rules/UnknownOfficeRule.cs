namespace PublicInfo.Content.Rules;

/// <summary>PI1103: every office a guide names must exist in input/offices/.</summary>
public sealed class UnknownOfficeRule : ProcedureRule
{
    public override RuleDescriptor Descriptor { get; } = new("PI1103", Severity.Error, "unknown office id",
        "use an id of a file in input/offices/, or add the office");

    protected override void Check(Procedure procedure, RuleContext context, DiagnosticBag diagnostics)
    {
        for (var i = 0; i < procedure.Offices.Count; i++)
        {
            var id = procedure.Offices[i];
            if (!context.OfficeIds.Contains(id))
                Report(diagnostics, procedure.Source.At($"offices[{i}]"), $"office '{id}' is not in input/offices/");
        }
    }
}
