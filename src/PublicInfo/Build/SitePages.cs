using PublicInfo.Content;

namespace PublicInfo.Build;

/// <summary>The set of page URLs a site will have, for link checks before anything is rendered.</summary>
public static class SitePages
{
    // TODO(integration): replace with the renderer's page plan once Rendering lands.
    public static IReadOnlySet<string> UrlsOf(SiteModel site)
    {
        var urls = new HashSet<string>(StringComparer.Ordinal) { "/", "/a-z/", "/notices/", "/search/" };
        foreach (var c in site.Categories) urls.Add($"/categories/{c.Id}/");
        foreach (var p in site.Procedures) { urls.Add($"/procedures/{p.Id}/"); urls.Add($"/procedures/{p.Id}/print/"); }
        foreach (var d in site.Documents) urls.Add($"/documents/{d.Id}/");
        foreach (var o in site.Offices) urls.Add($"/offices/{o.Id}/");
        foreach (var n in site.Notices) urls.Add($"/notices/{n.Slug}/");
        foreach (var p in site.Pages) urls.Add($"/pages/{p.Slug}/");
        return urls;
    }
}
