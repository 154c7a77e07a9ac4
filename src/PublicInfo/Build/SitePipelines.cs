using PublicInfo.Output;
using PublicInfo.Pipeline;

namespace PublicInfo.Build;

/// <summary>The site's pipelines, in the order they read best; the engine runs independent ones in parallel.</summary>
public static class SitePipelines
{
    public static IReadOnlyList<Pipeline.Pipeline> All() =>
    [
        new("Sitemap", [], [new DelegateModule("SitemapAndRobots", (_, context) => SitemapDocuments(context))]),
    ];

    private static IReadOnlyList<Document> SitemapDocuments(BuildContext context)
    {
        var site = context.Site;
        var pages = SitePages.UrlsOf(site).Select(url => (url, (DateOnly?)null));
        return
        [
            Document.FromText("sitemap.xml", SitemapWriter.Sitemap(site.Config.BaseUrl, pages)),
            Document.FromText("robots.txt", SitemapWriter.Robots(site.Config.BaseUrl)),
        ];
    }
}
