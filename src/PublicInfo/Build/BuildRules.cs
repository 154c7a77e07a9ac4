using PublicInfo.Content;

namespace PublicInfo.Build;

/// <summary>Problems found while building rather than while reading content.</summary>
public static class BuildRules
{
    public static readonly RuleDescriptor TemplateError = new("PI1201", Severity.Error, "template error",
        "fix the template at this position in themes/");
    public static readonly RuleDescriptor LogDamaged = new("PI1202", Severity.Error, "publication log damaged",
        "restore site/log from git; the log is append-only and must never be edited by hand");
}
