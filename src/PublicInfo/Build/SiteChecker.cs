using PublicInfo.Content;
using PublicInfo.Content.Rules;

namespace PublicInfo.Build;

/// <summary>Reads a site root and runs every rule: what <c>publicinfo check</c> reports and what <c>build</c> refuses to publish past.</summary>
public static class SiteChecker
{
    /// <param name="cache">Reuses parses of unchanged files from an earlier check in this process (preview).</param>
    /// <param name="bodies">Reuses what the body rules found in unchanged bodies.</param>
    /// <param name="guides">Reuses what the guide rules found in unchanged guides.</param>
    /// <param name="cancellation">Stops reading the files (preview: a newer save makes the check obsolete).</param>
    /// <exception cref="OperationCanceledException">The check was stopped.</exception>
    public static CheckResult Check(string root, DateOnly today, ParseCache? cache = null, BodyFactsCache? bodies = null,
        GuideFindings? guides = null, CancellationToken cancellation = default)
    {
        var diagnostics = new DiagnosticBag();
        var content = ContentLoader.Load(root, diagnostics, cache, cancellation);
        cancellation.ThrowIfCancellationRequested();
        if (content is null) return new CheckResult(null, null, diagnostics.Sorted());
        var site = content.ToModel(today);
        ContentValidator.Validate(new RuleContext(content, today, SitePages.UrlsOf(site), bodies), diagnostics, guides);
        return new CheckResult(content, site, diagnostics.Sorted());
    }
}
