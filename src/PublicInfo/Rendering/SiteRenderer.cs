using PublicInfo.Content;
using Scriban;
using Scriban.Runtime;

namespace PublicInfo.Rendering;

/// <summary>Plans every page of the site and renders any of them; thread-safe, so pages render in parallel.</summary>
/// <remarks>Templates do no I/O: everything a page shows is in its view, built here from the immutable site model.</remarks>
public sealed class SiteRenderer
{
    private readonly Theme _theme;
    private readonly SiteModel _site;
    private readonly RenderOptions _options;
    private readonly ViewFactory _views;
    private readonly ScriptObject _siteGlobals;
    private readonly string _sharedKey;

    public SiteRenderer(Theme theme, SiteModel site, RenderOptions options)
    {
        _theme = theme;
        _site = site;
        _options = options;
        _views = new ViewFactory(site, options);
        _siteGlobals = new ScriptObject
        {
            ["title"] = site.Config.Title,
            ["organisation"] = site.Config.Organisation,
            ["phones"] = site.Config.Phones,
            ["categories"] = _views.Categories,
            ["pages"] = site.Pages.Select(p => new { p.Title, Url = SiteUrls.Page(p.Slug) }).ToList(),
            ["today"] = DisplayText.Date(options.Today),
            // The search script and its index load on the search page only: other pages stay within their
            // request budget, and their header form simply submits to /search/?q=.
            ["has_search"] = options.SearchManifestUrl is not null && options.AssetUrls.ContainsKey("js/search.js"),
            ["search_manifest"] = options.SearchManifestUrl ?? "",
            ["search_manifest_json"] = options.SearchManifestJson ?? "",
        };
        _sharedKey = PageKey.OfShared(_siteGlobals.ToDictionary(g => g.Key, g => g.Value), options.AssetUrls, site.Config.BaseUrl);
    }

    /// <summary>A hash of the values every page shares (site globals, asset URLs, base URL).</summary>
    public string SharedKey => _sharedKey;

    /// <summary>A hash of the templates that render <paramref name="layout"/>.</summary>
    public string LayoutKey(string layout) => _theme.LayoutKey(layout);

    /// <summary>Every page of the site, in a fixed order.</summary>
    public IReadOnlyList<PlannedPage> Plan() => PagePlan.For(_site, _options.History);

    /// <summary>A tappable phone number whose hyphen never breaks the number across lines.</summary>
    public static string PhoneLink(string? number)
    {
        if (string.IsNullOrWhiteSpace(number)) return "";
        var dial = new string(number.Where(c => char.IsDigit(c) || c == '+').ToArray());
        return $"<a href=\"tel:{dial}\">{System.Net.WebUtility.HtmlEncode(number).Replace("-", "&#8209;", StringComparison.Ordinal)}</a>";
    }

    public string Render(PlannedPage page) => Render(Prepare(page));

    /// <summary>Builds the page's view and key; rendering it is then only the templates' work.</summary>
    public PreparedPage Prepare(PlannedPage page)
    {
        // The 404 page is served at any depth, so only its links are root-absolute.
        Func<string, string> link = page.Url == SiteUrls.NotFound ? u => u : u => SiteUrls.Relative(page.Url, u);
        var model = _views.Create(page, link);
        return new PreparedPage(page, model, link, PageKey.Of(_sharedKey, _theme.LayoutKey(page.Layout), page, model));
    }

    public string Render(PreparedPage prepared)
    {
        var (page, link) = (prepared.Page, prepared.Link);
        var globals = new ScriptObject
        {
            ["site"] = _siteGlobals,
            ["page"] = new ScriptObject
            {
                ["url"] = page.Url,
                ["title"] = page.Title,
                ["layout"] = page.Layout,
                ["breadcrumbs"] = page.Breadcrumbs,
                ["canonical"] = _views.Absolute(page.Url),
            },
            ["model"] = prepared.Model,
        };
        var context = new PageTemplateContext(link, _options.AssetUrls);
        foreach (var (name, partial) in _theme.Partials) context.CachedTemplates[name] = partial;
        context.PushGlobal(globals);
        globals["content"] = _theme.Layout(page.Layout).Render(context);
        return _theme.Layout("_base").Render(context);
    }
}
