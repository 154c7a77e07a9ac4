using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace PublicInfo.Content;

/// <summary>The one Markdown pipeline of the site: body text to HTML and to plain text.</summary>
/// <remarks>Raw HTML is escaped, not passed through: bodies are Markdown only, and the validator reports
/// any HTML it finds, so a script can never reach a citizen's browser even if a check is skipped.</remarks>
public static class MarkdownRenderer
{
    /// <summary>Shared and thread-safe once built.</summary>
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .UseListExtras()
        .UseEmphasisExtras()
        .DisableHtml()
        .Build();

    public static MarkdownDocument Parse(string markdown) => Markdown.Parse(markdown, Pipeline);

    /// <summary>Renders to HTML; site-absolute link targets (<c>/procedures/x/</c>) pass through <paramref name="rewriteUrl"/>,
    /// so pages can link relatively and the site works from any folder of any static server.</summary>
    public static string ToHtml(string markdown, Func<string, string>? rewriteUrl = null)
    {
        var document = Parse(markdown);
        if (rewriteUrl is not null)
        {
            foreach (var link in document.Descendants<LinkInline>())
                if (link.Url is { } url && url.StartsWith('/')) link.Url = rewriteUrl(url);
        }
        var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    /// <summary>The body's words without markup, for search and summaries.</summary>
    public static string ToPlainText(string markdown) =>
        Markdown.ToPlainText(markdown, Pipeline).Trim();
}
