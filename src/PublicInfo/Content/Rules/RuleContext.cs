namespace PublicInfo.Content.Rules;

/// <summary>What rules may look at: the content, the build date, and the ids every reference must resolve to.</summary>
public sealed class RuleContext
{
    /// <param name="pages">The site-absolute URL of every page of the site; null when links are not checked.</param>
    /// <param name="bodies">Facts of bodies kept from earlier builds; null finds every body's facts.</param>
    public RuleContext(ContentSet content, DateOnly today, IReadOnlySet<string>? pages = null, BodyFactsCache? bodies = null)
    {
        Content = content;
        _bodies = bodies ?? BodyFactsCache.Empty();
        Today = today;
        Pages = pages;
        CategoryIds = content.Config.Categories.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        DocumentIds = content.Documents.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        OfficeIds = content.Offices.Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        ProcedureIds = content.ProcedureVersions.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
    }

    private readonly BodyFactsCache _bodies;

    public ContentSet Content { get; }
    public DateOnly Today { get; }

    /// <summary>The site-absolute URL of every page (e.g. <c>/procedures/x/</c>); null when links are not checked.</summary>
    public IReadOnlySet<string>? Pages { get; }

    public IReadOnlySet<string> CategoryIds { get; }
    public IReadOnlySet<string> DocumentIds { get; }
    public IReadOnlySet<string> OfficeIds { get; }
    public IReadOnlySet<string> ProcedureIds { get; }

    /// <summary>The URL of a guide's page, where its body is shown.</summary>
    public static string GuideUrl(Procedure procedure) => $"/procedures/{procedure.Id}/";

    /// <summary>Every Markdown body besides the guides' (notices and pages) with where it lives, for rules about body text.</summary>
    public IEnumerable<(string Body, SourceMap Source, string PageUrl)> OtherBodies()
    {
        foreach (var n in Content.Notices) yield return (n.Body, n.Source, $"/notices/{n.Slug}/");
        foreach (var page in Content.Pages) yield return (page.Body, page.Source, $"/pages/{page.Slug}/");
    }

    /// <summary>The links, long sentences and unsafe markup of <paramref name="body"/>, found once for all the body rules
    /// (they check a body one after the other, see <see cref="ContentValidator"/>, and the cache knows the body's string
    /// after the first).</summary>
    public BodyFacts FactsOf(string body) => _bodies.Of(body);

    /// <summary>The file position of a 0-based line and column inside a body.</summary>
    public static SourceLocation InBody(SourceMap source, int line, int column) =>
        new(source.File, source.BodyLine + line, column + 1);
}
