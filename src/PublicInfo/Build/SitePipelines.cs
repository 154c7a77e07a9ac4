using PublicInfo.Output;
using PublicInfo.Pipeline;
using PublicInfo.Rendering;

namespace PublicInfo.Build;

/// <summary>The site's pipelines, each a short recipe; the engine runs independent ones in parallel.</summary>
public static class SitePipelines
{
    public static IReadOnlyList<Pipeline.Pipeline> All(Theme theme, AssetManifest assets) =>
    [
        new("Assets", [], [new DelegateModule("CopyHashedAssets", (_, _) =>
            assets.Files.Select(f => new Document(f.Url.TrimStart('/'), f.Bytes)).ToList())]),
        new("Pages", [], [new DelegateModule("RenderPages", (_, context) => RenderPages(context, theme, assets))]),
        new("Sitemap", [], [new DelegateModule("SitemapAndRobots", (_, context) => SitemapDocuments(context))]),
    ];

    private static IReadOnlyList<Document> RenderPages(BuildContext context, Theme theme, AssetManifest assets)
    {
        var renderer = new SiteRenderer(theme, context.Site, new RenderOptions(context.Settings.Today, assets.Urls));
        return renderer.Plan()
            .AsParallel().AsOrdered().WithCancellation(context.CancellationToken)
            .Select(page => Document.FromText(page.OutputPath, renderer.Render(page)))
            .ToList();
    }

    private static IReadOnlyList<Document> SitemapDocuments(BuildContext context)
    {
        var site = context.Site;
        var pages = PagePlan.For(site)
            .Where(p => p.Layout is not ("404" or "print" or "search"))
            .Select(p => (p.Url, p.Model is Content.Procedure procedure ? procedure.EffectiveFrom : (DateOnly?)null));
        return
        [
            Document.FromText("sitemap.xml", SitemapWriter.Sitemap(site.Config.BaseUrl, pages)),
            Document.FromText("robots.txt", SitemapWriter.Robots(site.Config.BaseUrl)),
        ];
    }
}
