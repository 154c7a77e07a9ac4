using PublicInfo.Content;

namespace PublicInfo.Build;

/// <summary>Problems found while building rather than while reading content.</summary>
public static class BuildRules
{
    public static readonly RuleDescriptor TemplateError = new("PI1201", Severity.Error, "template error",
        "fix the template at this position in themes/");
}
