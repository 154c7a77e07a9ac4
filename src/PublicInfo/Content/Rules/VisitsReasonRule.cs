namespace PublicInfo.Content.Rules;

/// <summary>PI1105: a guide that makes citizens come in must say why (最多跑一次 needs a reason for every trip).</summary>
public sealed class VisitsReasonRule : ProcedureRule
{
    public override RuleDescriptor Descriptor { get; } = new("PI1105", Severity.Error, "visits without a reason",
        "add visits.reason, e.g. 现场采集指纹和相片");

    protected override void Check(Procedure procedure, RuleContext context, DiagnosticBag diagnostics)
    {
        if (procedure.Visits.Max > 0 && string.IsNullOrWhiteSpace(procedure.Visits.Reason))
            Report(diagnostics, procedure.Source.At("visits.max"),
                $"visits.max is {procedure.Visits.Max} but visits.reason is missing");
    }
}
