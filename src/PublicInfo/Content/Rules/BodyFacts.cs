using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace PublicInfo.Content.Rules;

/// <summary>
/// What the body rules look for in one Markdown body, found in one pass: its links (PI1111), its long sentences
/// (PI2004) and any unsafe markup (PI1110). Positions are 0-based within the body. Facts depend on the body's text
/// alone, so a build keeps them by a hash of the text (<see cref="BodyFactsCache"/>) and the 10,000 bodies of an
/// unchanged site are not parsed with Markdig again; whether a link's target exists is decided afresh every time.
/// </summary>
public sealed record BodyFacts(IReadOnlyList<BodyFacts.Link> Links, IReadOnlyList<BodyFacts.Sentence> LongSentences,
    IReadOnlyList<BodyFacts.Markup> UnsafeMarkup)
{
    /// <summary>A link's URL as written, at the link's position.</summary>
    public sealed record Link(string Url, int Line, int Column);

    /// <summary>A sentence over <see cref="LongSentenceRule.MaxLength"/> characters (its length in text elements), at its block's position.</summary>
    public sealed record Sentence(string Text, int Length, int Line, int Column);

    /// <summary>Unsafe markup as matched, at its position.</summary>
    public sealed record Markup(string Text, int Line, int Column);

    /// <summary>Finds the facts of <paramref name="body"/>.</summary>
    public static BodyFacts Of(string body)
    {
        var document = MarkdownRenderer.Parse(body);
        var links = document.Descendants<LinkInline>()
            .Where(l => l.Url is not null)
            .Select(l => new Link(l.Url!, l.Line, l.Column))
            .ToList();
        return new BodyFacts(links, LongSentenceRule.Find(document), UnsafeMarkupRule.Find(body));
    }
}
