namespace PublicInfo.Content.Rules;

/// <summary>PI1107: complaints must not go to the same line as consultations.</summary>
public sealed class DistinctPhonesRule : ProcedureRule
{
    public override RuleDescriptor Descriptor { get; } = new("PI1107", Severity.Error, "consult and complaint phones equal",
        "give the complaint (监督投诉) number, which differs from the consultation number");

    protected override void Check(Procedure procedure, RuleContext context, DiagnosticBag diagnostics)
    {
        if (string.Equals(procedure.Phones.Consult.Trim(), procedure.Phones.Complaint.Trim(), StringComparison.Ordinal))
            Report(diagnostics, procedure.Source.At("phones.complaint"),
                $"phones.complaint equals phones.consult ({procedure.Phones.Consult})");
    }
}
