using System.Runtime.CompilerServices;
using PublicInfo.Content;

namespace PublicInfo.Rendering;

/// <summary>The list of pages a site has, derived from its content alone (no theme needed), so links can be checked
/// before anything is rendered.</summary>
public static class PagePlan
{
    // A build asks for the plan of one site model four times (the link check, pages, late pages, sitemap): each is
    // 20,000 pages at 10,000 guides. Kept as long as the site model lives, without keeping it alive.
    private static readonly ConditionalWeakTable<SiteModel, List<(PublicationHistory? History, IReadOnlyList<PlannedPage> Pages)>> Made = new();

    /// <summary>Every page of <paramref name="site"/>, with the version pages of <paramref name="history"/>; the same
    /// list for the same two objects (the site model and the history are immutable).</summary>
    public static IReadOnlyList<PlannedPage> For(SiteModel site, PublicationHistory? history = null)
    {
        var made = Made.GetValue(site, _ => []);
        // Pipelines that start together ask at once: one makes the plan, the others wait for it.
        lock (made)
        {
            foreach (var (madeFor, pages) in made)
                if (ReferenceEquals(madeFor, history)) return pages;
            var plan = Make(site, history);
            made.Add((history, plan));
            return plan;
        }
    }

    private static IReadOnlyList<PlannedPage> Make(SiteModel site, PublicationHistory? history)
    {
        var home = new Breadcrumb("首页", SiteUrls.Home);
        var pages = new List<PlannedPage>
        {
            new(SiteUrls.Home, "home", site.Config.Title, [], null),
            new(SiteUrls.AToZ, "a-z", "全部办事指南", [home, new("全部办事指南", SiteUrls.AToZ)], null),
            new(SiteUrls.Notices, "notices", "通知公告", [home, new("通知公告", SiteUrls.Notices)], null),
            new(SiteUrls.Search, "search", "搜索办事指南", [home, new("搜索", SiteUrls.Search)], null),
            new(SiteUrls.NotFound, "404", "页面不存在", [home], null),
            new(SiteUrls.Changes, "changes", "更新记录", [home, new("更新记录", SiteUrls.Changes)], null),
            new(SiteUrls.OpenData, "data", "开放数据", [home, new("开放数据", SiteUrls.OpenData)], null),
            new(SiteUrls.Transparency, "transparency", "发布记录核验", [home, new("发布记录核验", SiteUrls.Transparency)], null),
        };
        foreach (var category in site.Categories)
            pages.Add(new(SiteUrls.Category(category.Id), "category", category.Name, [home, new(category.Name, SiteUrls.Category(category.Id))], category));
        foreach (var p in site.Procedures)
        {
            var category = site.FindCategory(p.Category);
            var trail = new List<Breadcrumb> { home };
            if (category is not null) trail.Add(new(category.Name, SiteUrls.Category(category.Id)));
            trail.Add(new(p.Title, SiteUrls.Procedure(p.Id)));
            pages.Add(new(SiteUrls.Procedure(p.Id), "procedure", p.Title, trail, p));
            pages.Add(new(SiteUrls.ProcedurePrint(p.Id), "print", $"{p.Title}：材料清单", [.. trail, new("材料清单", SiteUrls.ProcedurePrint(p.Id))], p));
            foreach (var version in history?.Of(p.Id) ?? [])
                pages.Add(new(version.PageUrl, "version", $"{p.Title}（第{version.Version}版）",
                    [.. trail, new($"第{version.Version}版", version.PageUrl)], version));
        }
        foreach (var d in site.Documents)
            pages.Add(new(SiteUrls.Document(d.Id), "document", d.Name, [home, new("证件材料", SiteUrls.AToZ), new(d.Name, SiteUrls.Document(d.Id))], d));
        foreach (var o in site.Offices)
            pages.Add(new(SiteUrls.Office(o.Id), "office", o.Name, [home, new(o.Name, SiteUrls.Office(o.Id))], o));
        foreach (var n in site.Notices)
            pages.Add(new(SiteUrls.Notice(n.Slug), "notice", n.Title, [home, new("通知公告", SiteUrls.Notices), new(n.Title, SiteUrls.Notice(n.Slug))], n));
        foreach (var page in site.Pages)
            pages.Add(new(SiteUrls.Page(page.Slug), "page", page.Title, [home, new(page.Title, SiteUrls.Page(page.Slug))], page));
        return pages;
    }
}
