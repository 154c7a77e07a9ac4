using PublicInfo.Content;
using PublicInfo.Output;
using PublicInfo.Pipeline;
using PublicInfo.Rendering;

namespace PublicInfo.Build;

/// <summary>Atom feeds of publications: one for the whole site, one per category.</summary>
public static class FeedDocuments
{
    private const int MaxEntries = 50;

    public static IReadOnlyList<Document> Create(SiteModel site, PublicationHistory history)
    {
        var baseUrl = site.Config.BaseUrl;
        var documents = new List<Document>
        {
            Feed(site, SiteUrls.ChangesFeed, site.Config.Title + " · 更新记录", SiteUrls.Changes, history.Versions),
        };
        foreach (var category in site.Categories)
        {
            var versions = history.Versions.Where(v => site.FindProcedure(v.Id)?.Category == category.Id).ToList();
            documents.Add(Feed(site, SiteUrls.CategoryFeed(category.Id), $"{site.Config.Title} · {category.Name} · 更新记录",
                SiteUrls.Category(category.Id), versions));
        }
        return documents;

        Document Feed(SiteModel s, string url, string title, string pageUrl, IEnumerable<VersionInfo> versions)
        {
            var entries = versions.Reverse().Take(MaxEntries).Select(v => new AtomFeed.Entry(
                SitemapWriter.Absolute(baseUrl, v.PageUrl), $"{s.FindProcedure(v.Id)?.Title ?? v.Id}（第{v.Version}版）",
                SitemapWriter.Absolute(baseUrl, v.PageUrl), v.Published,
                v.ChangeNote ?? (v.Version == 1 ? "首次发布" : "内容更新"))).ToList();
            return Document.FromText(url.TrimStart('/'),
                AtomFeed.Write(SitemapWriter.Absolute(baseUrl, url), title, SitemapWriter.Absolute(baseUrl, pageUrl), SitemapWriter.Absolute(baseUrl, url), entries));
        }
    }
}
