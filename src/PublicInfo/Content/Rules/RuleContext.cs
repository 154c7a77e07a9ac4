using System.Collections.Concurrent;

namespace PublicInfo.Content.Rules;

/// <summary>What rules may look at: the content, the build date, and the ids every reference must resolve to.</summary>
public sealed class RuleContext
{
    /// <param name="bodies">Facts of bodies kept from earlier builds; null finds every body's facts.</param>
    public RuleContext(ContentSet content, DateOnly today, Func<string, bool>? pageExists = null, BodyFactsCache? bodies = null)
    {
        Content = content;
        _bodies = bodies ?? BodyFactsCache.Empty();
        Today = today;
        PageExists = pageExists;
        CategoryIds = content.Config.Categories.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        DocumentIds = content.Documents.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        OfficeIds = content.Offices.Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        ProcedureIds = content.ProcedureVersions.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
    }

    private readonly BodyFactsCache _bodies;
    // The body rules run in parallel over the same bodies: each body's facts are found (or hashed and looked up) once.
    private readonly ConcurrentDictionary<string, Lazy<BodyFacts>> _facts = new(StringComparer.Ordinal);

    public ContentSet Content { get; }
    public DateOnly Today { get; }

    /// <summary>Whether a site-absolute URL (e.g. <c>/procedures/x/</c>) is a page of the site; null when links are not checked.</summary>
    public Func<string, bool>? PageExists { get; }

    public IReadOnlySet<string> CategoryIds { get; }
    public IReadOnlySet<string> DocumentIds { get; }
    public IReadOnlySet<string> OfficeIds { get; }
    public IReadOnlySet<string> ProcedureIds { get; }

    /// <summary>Every Markdown body with where it lives, for rules about body text.</summary>
    public IEnumerable<(string Body, SourceMap Source, string PageUrl)> Bodies()
    {
        foreach (var p in Content.ProcedureVersions) yield return (p.Body, p.Source, $"/procedures/{p.Id}/");
        foreach (var n in Content.Notices) yield return (n.Body, n.Source, $"/notices/{n.Slug}/");
        foreach (var page in Content.Pages) yield return (page.Body, page.Source, $"/pages/{page.Slug}/");
    }

    /// <summary>The links, long sentences and unsafe markup of <paramref name="body"/>, found once for all the body rules.</summary>
    public BodyFacts FactsOf(string body) => _facts.GetOrAdd(body, b => new Lazy<BodyFacts>(() => _bodies.Of(b))).Value;

    /// <summary>The file position of a 0-based line and column inside a body.</summary>
    public static SourceLocation InBody(SourceMap source, int line, int column) =>
        new(source.File, source.BodyLine + line, column + 1);
}
