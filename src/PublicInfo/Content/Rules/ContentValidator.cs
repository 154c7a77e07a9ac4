namespace PublicInfo.Content.Rules;

/// <summary>Runs every content rule and collects all their findings (never stops at the first).</summary>
public static class ContentValidator
{
    public static void Validate(RuleContext context, DiagnosticBag diagnostics)
    {
        Parallel.ForEach(ContentRules.All, rule => rule.Check(context, diagnostics));
    }
}
