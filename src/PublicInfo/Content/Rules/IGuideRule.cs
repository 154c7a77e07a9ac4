namespace PublicInfo.Content.Rules;

/// <summary>
/// A rule whose findings in a guide depend on that guide (one version of it, one file) and on nothing else but the
/// <see cref="RuleContext"/>'s date, ids and pages. Such findings can be kept with the guide's parse from one build to
/// the next while those stay the same (<see cref="GuideFindings"/>).
/// </summary>
public interface IGuideRule
{
    /// <summary>Reports what the rule finds in <paramref name="procedure"/>.</summary>
    void CheckGuide(Procedure procedure, RuleContext context, DiagnosticBag diagnostics);
}
