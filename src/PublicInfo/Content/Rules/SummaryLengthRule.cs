using System.Globalization;

namespace PublicInfo.Content.Rules;

/// <summary>PI2002: a summary is one short sentence that fits in a search result.</summary>
public sealed class SummaryLengthRule : ProcedureRule
{
    public const int MaxLength = 80;

    public override RuleDescriptor Descriptor { get; } = new("PI2002", Severity.Warning, "summary too long",
        $"shorten the summary to {MaxLength} characters or fewer");

    protected override void Check(Procedure procedure, RuleContext context, DiagnosticBag diagnostics)
    {
        var length = new StringInfo(procedure.Summary).LengthInTextElements;
        if (length > MaxLength)
            Report(diagnostics, procedure.Source.At("summary"), $"summary has {length} characters (at most {MaxLength})");
    }
}
