using System.Globalization;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace PublicInfo.Content.Rules;

/// <summary>PI2004: plain-language guidance — a body sentence over 60 characters is hard to read for many citizens.</summary>
public sealed class LongSentenceRule : BodyRule
{
    public const int MaxLength = 60;
    private static readonly char[] SentenceEnds = ['。', '！', '？', '；', '!', '?', ';'];

    public override RuleDescriptor Descriptor { get; } = new("PI2004", Severity.Warning, "long sentence",
        $"split the sentence; aim for {MaxLength} characters or fewer");

    protected override void CheckBody(string body, SourceMap source, string pageUrl, RuleContext context, DiagnosticBag diagnostics)
    {
        foreach (var sentence in context.FactsOf(body).LongSentences)
            Report(diagnostics, RuleContext.InBody(source, sentence.Line, sentence.Column),
                $"a sentence of {sentence.Length} characters: '{Shorten(sentence.Text)}'");
    }

    /// <summary>The sentences of a parsed body over <see cref="MaxLength"/> characters, each at its block's position.</summary>
    internal static IReadOnlyList<BodyFacts.Sentence> Find(MarkdownDocument document)
    {
        var found = new List<BodyFacts.Sentence>();
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block.Inline is null) continue;
            var text = string.Concat(block.Inline.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
            foreach (var sentence in text.Split(SentenceEnds))
            {
                var trimmed = sentence.Trim();
                var length = new StringInfo(trimmed).LengthInTextElements;
                if (length > MaxLength) found.Add(new BodyFacts.Sentence(trimmed, length, block.Line, block.Column));
            }
        }
        return found;
    }

    private static string Shorten(string sentence) => sentence.Length <= 20 ? sentence : sentence[..20] + "…";
}
