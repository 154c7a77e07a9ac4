namespace PublicInfo.Content.Rules;

/// <summary>A check over the loaded content with a stable id. Each rule is one small class listed in <see cref="ContentRules.All"/>.</summary>
public abstract class ContentRule
{
    public abstract RuleDescriptor Descriptor { get; }

    public abstract void Check(RuleContext context, DiagnosticBag diagnostics);

    protected void Report(DiagnosticBag diagnostics, SourceLocation location, string message) =>
        diagnostics.Report(Descriptor, location, message);
}
