namespace PublicInfo.Content.Rules;

/// <summary>PI1112: a notice may only point at guides that exist.</summary>
public sealed class UnknownNoticeProcedureRule : ContentRule
{
    public override RuleDescriptor Descriptor { get; } = new("PI1112", Severity.Error, "notice names an unknown guide",
        "use ids of guides in input/procedures/");

    public override void Check(RuleContext context, DiagnosticBag diagnostics)
    {
        foreach (var notice in context.Content.Notices)
            for (var i = 0; i < notice.Procedures.Count; i++)
                if (!context.ProcedureIds.Contains(notice.Procedures[i]))
                    Report(diagnostics, notice.Source.At($"procedures[{i}]"), $"guide '{notice.Procedures[i]}' does not exist");
    }
}
