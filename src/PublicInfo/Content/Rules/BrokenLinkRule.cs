namespace PublicInfo.Content.Rules;

/// <summary>PI1111: a link in a body must lead to a page the site has.</summary>
public sealed class BrokenLinkRule : BodyRule
{
    public override RuleDescriptor Descriptor { get; } = new("PI1111", Severity.Error, "link to a page that does not exist",
        "link to an existing page, e.g. /procedures/<id>/ for a guide");

    protected override void CheckBody(string body, SourceMap source, string pageUrl, RuleContext context, DiagnosticBag diagnostics)
    {
        if (context.Pages is not { } pages) return;
        foreach (var link in context.FactsOf(body).Links)
        {
            if (!IsInternal(link.Url)) continue;
            var target = Resolve(pageUrl, link.Url);
            if (!pages.Contains(target))
                Report(diagnostics, RuleContext.InBody(source, link.Line, link.Column), $"link to '{link.Url}', which is not a page of the site");
        }
    }

    private static bool IsInternal(string url) =>
        !url.StartsWith('#') && !url.Contains(':', StringComparison.Ordinal) && !url.StartsWith("//", StringComparison.Ordinal);

    /// <summary>The site-absolute path of a link from <paramref name="pageUrl"/>, without query or fragment.</summary>
    internal static string Resolve(string pageUrl, string url)
    {
        var cut = url.IndexOfAny(['#', '?']);
        if (cut >= 0) url = url[..cut];
        var resolved = new Uri(new Uri("http://site" + pageUrl), url).AbsolutePath;
        return Uri.UnescapeDataString(resolved);
    }
}
