using System.Globalization;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace PublicInfo.Content.Rules;

/// <summary>PI2004: plain-language guidance — a body sentence over 60 characters is hard to read for many citizens.</summary>
public sealed class LongSentenceRule : ContentRule
{
    public const int MaxLength = 60;
    private static readonly char[] SentenceEnds = ['。', '！', '？', '；', '!', '?', ';'];

    public override RuleDescriptor Descriptor { get; } = new("PI2004", Severity.Warning, "long sentence",
        $"split the sentence; aim for {MaxLength} characters or fewer");

    public override void Check(RuleContext context, DiagnosticBag diagnostics)
    {
        foreach (var (body, source, _) in context.Bodies())
        {
            foreach (var block in MarkdownRenderer.Parse(body).Descendants<LeafBlock>())
            {
                if (block.Inline is null) continue;
                var text = string.Concat(block.Inline.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
                foreach (var sentence in text.Split(SentenceEnds))
                {
                    var length = new StringInfo(sentence.Trim()).LengthInTextElements;
                    if (length > MaxLength)
                        Report(diagnostics, RuleContext.InBody(source, block.Line, block.Column),
                            $"a sentence of {length} characters: '{Shorten(sentence.Trim())}'");
                }
            }
        }
    }

    private static string Shorten(string sentence) => sentence.Length <= 20 ? sentence : sentence[..20] + "…";
}
