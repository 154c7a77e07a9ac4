using PublicInfo.Content;
using PublicInfo.Rendering;

namespace PublicInfo.Build;

/// <summary>The set of page URLs a site will have, for link checks before anything is rendered.</summary>
public static class SitePages
{
    public static IReadOnlySet<string> UrlsOf(SiteModel site) =>
        PagePlan.For(site).Select(p => p.Url).ToHashSet(StringComparer.Ordinal);
}
