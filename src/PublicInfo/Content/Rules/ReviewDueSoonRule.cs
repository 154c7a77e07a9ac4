namespace PublicInfo.Content.Rules;

/// <summary>PI2005: reviews falling due within 30 days, so editors can plan them.</summary>
public sealed class ReviewDueSoonRule : ProcedureRule
{
    public const int WindowDays = 30;

    public override RuleDescriptor Descriptor { get; } = new("PI2005", Severity.Info, "review due soon",
        "plan the review before the date");

    protected override void Check(Procedure procedure, RuleContext context, DiagnosticBag diagnostics)
    {
        if (procedure.ReviewDue is { } due && due >= context.Today && due.DayNumber - context.Today.DayNumber <= WindowDays)
            Report(diagnostics, procedure.Source.At("review_due"),
                $"review falls due on {due:yyyy-MM-dd}, in {due.DayNumber - context.Today.DayNumber} days");
    }
}
