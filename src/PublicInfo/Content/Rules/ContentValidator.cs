namespace PublicInfo.Content.Rules;

/// <summary>Runs every content rule and collects all their findings (never stops at the first).</summary>
public static class ContentValidator
{
    private static readonly IReadOnlyList<IGuideRule> GuideRules = ContentRules.All.OfType<IGuideRule>().ToList();
    private static readonly IReadOnlyList<ContentRule> WholeContentRules = ContentRules.All.Where(rule => rule is not IGuideRule).ToList();
    private static readonly IReadOnlyList<BodyRule> BodyRules = ContentRules.All.OfType<BodyRule>().ToList();

    /// <param name="kept">Findings of the guide rules in unchanged guides, kept from the last check of the same site;
    /// null checks every guide.</param>
    public static void Validate(RuleContext context, DiagnosticBag diagnostics, GuideFindings? kept = null)
    {
        kept?.Begin(context);
        Parallel.Invoke(
            () => Parallel.ForEach(WholeContentRules, rule => rule.Check(context, diagnostics)),
            () =>
            {
                foreach (var rule in BodyRules) rule.CheckOtherBodies(context, diagnostics);
            },
            // Guide by guide, every guide rule in turn: what they find in one guide can be kept with it.
            () => Parallel.ForEach(context.Content.ProcedureVersions, procedure =>
            {
                var found = kept?.Of(procedure, p => Check(p, context)) ?? Check(procedure, context);
                foreach (var diagnostic in found) diagnostics.Add(diagnostic);
            }));
    }

    private static IReadOnlyList<Diagnostic> Check(Procedure procedure, RuleContext context)
    {
        var bag = new DiagnosticBag();
        foreach (var rule in GuideRules) rule.CheckGuide(procedure, context, bag);
        return bag.Sorted();
    }
}
