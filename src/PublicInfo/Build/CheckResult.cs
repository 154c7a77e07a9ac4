using PublicInfo.Content;

namespace PublicInfo.Build;

/// <summary>The outcome of reading and validating a site: the content (when readable) and every diagnostic.</summary>
public sealed record CheckResult(ContentSet? Content, SiteModel? Site, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Content is null || Diagnostics.Any(d => d.Severity == Severity.Error);
    public int Count(Severity severity) => Diagnostics.Count(d => d.Severity == severity);
}
