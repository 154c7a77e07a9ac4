namespace PublicInfo.Content.Rules;

/// <summary>PI1109: an 即办件 is done on the spot, so it cannot promise days.</summary>
public sealed class ImmediateCaseRule : ProcedureRule
{
    public override RuleDescriptor Descriptor { get; } = new("PI1109", Severity.Error, "即办件 with a promised time limit",
        "set time_limit.promised.value to 0, or case_type to 承诺件");

    protected override void Check(Procedure procedure, RuleContext context, DiagnosticBag diagnostics)
    {
        if (procedure.CaseType == "即办件" && procedure.TimeLimit.Promised is { Value: > 0 } promised
            && promised.Unit is "日" or "工作日" or "自然日" or "个月")
            Report(diagnostics, procedure.Source.At("time_limit.promised.value"),
                $"case_type is 即办件 but the promised time limit is {promised}");
    }
}
