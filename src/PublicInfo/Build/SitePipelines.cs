using PublicInfo.Output;
using PublicInfo.Pipeline;
using PublicInfo.Rendering;
using PublicInfo.Transparency;

namespace PublicInfo.Build;

/// <summary>The site's pipelines, each a short recipe; the engine runs independent ones in parallel.</summary>
public static class SitePipelines
{
    public static IReadOnlyList<Pipeline.Pipeline> All(Theme theme, AssetManifest assets, PublicationLog log, PublicationHistory history) =>
    [
        new("Log", [], [new DelegateModule("ServeLogRecordsAndProofs", (_, _) => LogDocuments.Create(log, history))]),
        new("OpenData", [], [new DelegateModule("ExportRecordsCsvHsdsDcat", (_, context) => Records.OpenDataExporter.Export(context.Site))]),
        new("Feeds", [], [new DelegateModule("AtomFeeds", (_, context) => FeedDocuments.Create(context.Site, history))]),
        new("Assets", [], [new DelegateModule("CopyHashedAssets", (_, _) =>
            assets.Files.Select(f => new Document(f.Url.TrimStart('/'), f.Bytes)).ToList())]),
        new("Pages", [], [new DelegateModule("RenderPages", (_, context) => RenderPages(context, theme, assets, history))]),
        new("Sitemap", [], [new DelegateModule("SitemapAndRobots", (_, context) => SitemapDocuments(context, history))]),
    ];

    private static IReadOnlyList<Document> RenderPages(BuildContext context, Theme theme, AssetManifest assets, PublicationHistory history)
    {
        var renderer = new SiteRenderer(theme, context.Site, new RenderOptions(context.Settings.Today, assets.Urls, history));
        return renderer.Plan()
            .AsParallel().AsOrdered().WithCancellation(context.CancellationToken)
            .Select(page => Document.FromText(page.OutputPath, renderer.Render(page)))
            .ToList();
    }

    private static IReadOnlyList<Document> SitemapDocuments(BuildContext context, PublicationHistory history)
    {
        var site = context.Site;
        var pages = PagePlan.For(site, history)
            .Where(p => p.Layout is not ("404" or "print" or "search" or "version"))
            .Select(p => (p.Url, p.Model is Content.Procedure procedure ? procedure.EffectiveFrom : (DateOnly?)null));
        return
        [
            Document.FromText("sitemap.xml", SitemapWriter.Sitemap(site.Config.BaseUrl, pages)),
            Document.FromText("robots.txt", SitemapWriter.Robots(site.Config.BaseUrl)),
        ];
    }
}
