namespace PublicInfo.Content.Rules;

/// <summary>Runs every content rule and collects all their findings (never stops at the first).</summary>
public static class ContentValidator
{
    /// <param name="kept">Findings of the guide rules in unchanged guides, kept from the last check of the same site;
    /// null checks every guide.</param>
    public static void Validate(RuleContext context, DiagnosticBag diagnostics, GuideFindings? kept = null)
    {
        var guideRules = ContentRules.All.OfType<IGuideRule>().ToList();
        var findings = kept?.For(context);
        Parallel.Invoke(
            () => Parallel.ForEach(ContentRules.All.Where(rule => rule is not IGuideRule), rule => rule.Check(context, diagnostics)),
            () =>
            {
                foreach (var rule in ContentRules.All.OfType<BodyRule>()) rule.CheckOtherBodies(context, diagnostics);
            },
            // Guide by guide, every guide rule in turn: what they find in one guide can be kept with it.
            () => Parallel.ForEach(context.Content.ProcedureVersions, procedure =>
            {
                var found = findings?.Of(procedure, p => Check(p, guideRules, context)) ?? Check(procedure, guideRules, context);
                foreach (var diagnostic in found) diagnostics.Add(diagnostic);
            }));
    }

    private static IReadOnlyList<Diagnostic> Check(Procedure procedure, IReadOnlyList<IGuideRule> rules, RuleContext context)
    {
        var bag = new DiagnosticBag();
        foreach (var rule in rules) rule.CheckGuide(procedure, context, bag);
        return bag.Sorted();
    }
}
