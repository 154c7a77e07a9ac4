using Scriban;

namespace PublicInfo.Rendering;

/// <summary>
/// The functions templates call: <c>h</c>, <c>url</c>, <c>asset</c> and <c>phone</c>. They are static methods, made into
/// Scriban functions once per process (<see cref="PageTemplateContext"/>), so a page neither builds its own function
/// objects nor calls them through reflection; what differs per page (its links) comes from the page's context.
/// </summary>
public static class TemplateFunctions
{
    /// <summary><c>h value</c>: the value as HTML text.</summary>
    public static string H(object? value) => System.Net.WebUtility.HtmlEncode(value?.ToString() ?? "");

    /// <summary><c>url "/path/"</c>: a site path as a link from the page being rendered.</summary>
    public static string Url(TemplateContext context, string path) => Page(context).Link(path);

    /// <summary><c>asset "css/site.css"</c>: the content-hashed URL of a theme asset, linked from the page.</summary>
    public static string Asset(TemplateContext context, string path)
    {
        var page = Page(context);
        return page.Link(page.AssetUrls.TryGetValue(path, out var hashed) ? hashed : "/assets/" + path);
    }

    /// <summary><c>phone number</c>: a tappable phone number (<see cref="SiteRenderer.PhoneLink"/>).</summary>
    public static string Phone(string? number) => SiteRenderer.PhoneLink(number);

    private static PageTemplateContext Page(TemplateContext context) =>
        context as PageTemplateContext ?? throw new InvalidOperationException("templates render in a PageTemplateContext");
}
