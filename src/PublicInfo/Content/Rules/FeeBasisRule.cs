namespace PublicInfo.Content.Rules;

/// <summary>PI1106: every fee names the document that sets it.</summary>
public sealed class FeeBasisRule : ProcedureRule
{
    public override RuleDescriptor Descriptor { get; } = new("PI1106", Severity.Error, "fee without basis",
        "add fees[n].basis: the pricing document, e.g. 发改价格〔2019〕1186号");

    protected override void Check(Procedure procedure, RuleContext context, DiagnosticBag diagnostics)
    {
        for (var i = 0; i < procedure.Fees.Count; i++)
            if (string.IsNullOrWhiteSpace(procedure.Fees[i].Basis))
                Report(diagnostics, procedure.Source.At($"fees[{i}]"), $"fee '{procedure.Fees[i].Name}' has no basis");
    }
}
