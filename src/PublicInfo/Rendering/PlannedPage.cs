namespace PublicInfo.Rendering;

/// <summary>A page the site will have: its URL, the layout that renders it, its title and trail, and its model.</summary>
/// <param name="Url">Site-absolute URL, e.g. <c>/procedures/passport-first-issue/</c>.</param>
/// <param name="Layout">The layout file name without extension (themes/&lt;name&gt;/layouts/&lt;layout&gt;.html).</param>
/// <param name="Model">The page-specific view, exposed to the template as <c>model</c>.</param>
public sealed record PlannedPage(string Url, string Layout, string Title, IReadOnlyList<Breadcrumb> Breadcrumbs, object? Model)
{
    /// <summary>Made once: a build looks it up several times for each of 20,000 pages. (A copy made with a new
    /// <c>Url</c> would keep the old path, so there are none.)</summary>
    public string OutputPath { get; } = SiteUrls.ToOutputPath(Url);
}
