namespace PublicInfo.Content.Rules;

/// <summary>PI2001: a guide whose review date has passed may be out of date.</summary>
public sealed class ReviewOverdueRule : ProcedureRule
{
    public override RuleDescriptor Descriptor { get; } = new("PI2001", Severity.Warning, "review overdue",
        "check the guide against current rules and move review_due forward");

    protected override void Check(Procedure procedure, RuleContext context, DiagnosticBag diagnostics)
    {
        if (procedure.ReviewDue is { } due && due < context.Today)
            Report(diagnostics, procedure.Source.At("review_due"),
                $"review was due on {due:yyyy-MM-dd}, {context.Today.DayNumber - due.DayNumber} days ago");
    }
}
