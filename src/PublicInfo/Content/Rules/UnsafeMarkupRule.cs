using System.Text.RegularExpressions;

namespace PublicInfo.Content.Rules;

/// <summary>PI1110: no scripts, event handlers or javascript: URLs in any body.</summary>
/// <remarks>The renderer escapes raw HTML anyway; this rule makes the author see the attempt instead of a page
/// that silently shows tag text.</remarks>
public sealed partial class UnsafeMarkupRule : BodyRule
{
    public override RuleDescriptor Descriptor { get; } = new("PI1110", Severity.Error, "script or unsafe markup in a body",
        "remove the HTML; bodies are Markdown only");

    protected override void CheckBody(string body, SourceMap source, string pageUrl, RuleContext context, DiagnosticBag diagnostics)
    {
        foreach (var markup in context.FactsOf(body).UnsafeMarkup)
            Report(diagnostics, RuleContext.InBody(source, markup.Line, markup.Column),
                $"unsafe markup '{markup.Text.Trim()}' in the body");
    }

    /// <summary>Every unsafe piece of markup in <paramref name="body"/>, line by line.</summary>
    internal static IReadOnlyList<BodyFacts.Markup> Find(string body)
    {
        var found = new List<BodyFacts.Markup>();
        var lines = body.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            foreach (Match match in Unsafe().Matches(lines[i]))
                found.Add(new BodyFacts.Markup(match.Value, i, match.Index));
        }
        return found;
    }

    [GeneratedRegex(@"<\s*/?\s*(script|iframe|object|embed)\b|<[a-z][^>]*\son[a-z]+\s*=|javascript\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex Unsafe();
}
