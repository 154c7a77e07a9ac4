namespace PublicInfo.Content.Rules;

/// <summary>A rule about Markdown bodies, each on its own: every guide's (a guide rule) and every notice's and page's.</summary>
public abstract class BodyRule : ContentRule, IGuideRule
{
    public sealed override void Check(RuleContext context, DiagnosticBag diagnostics)
    {
        foreach (var procedure in context.Content.ProcedureVersions) CheckGuide(procedure, context, diagnostics);
        CheckOtherBodies(context, diagnostics);
    }

    public void CheckGuide(Procedure procedure, RuleContext context, DiagnosticBag diagnostics) =>
        CheckBody(procedure.Body, procedure.Source, RuleContext.GuideUrl(procedure), context, diagnostics);

    /// <summary>The bodies of the notices and pages.</summary>
    public void CheckOtherBodies(RuleContext context, DiagnosticBag diagnostics)
    {
        foreach (var (body, source, pageUrl) in context.OtherBodies()) CheckBody(body, source, pageUrl, context, diagnostics);
    }

    /// <summary>Reports what the rule finds in one body.</summary>
    /// <param name="pageUrl">The site-absolute URL of the page the body is shown on (links are relative to it).</param>
    protected abstract void CheckBody(string body, SourceMap source, string pageUrl, RuleContext context, DiagnosticBag diagnostics);
}
