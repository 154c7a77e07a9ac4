using PublicInfo.Search;

namespace PublicInfo.Content.Rules;

/// <summary>PI1114: every line of the synonyms list must parse, or search would silently lose the rules after it.</summary>
public sealed class SynonymsFormatRule : ContentRule
{
    public override RuleDescriptor Descriptor { get; } = new("PI1114", Severity.Error, "synonyms line cannot be read",
        "write 'a, b, c' for words that mean the same, or 'a, b => c' to rewrite one way; '#' starts a comment");

    public override void Check(RuleContext context, DiagnosticBag diagnostics)
    {
        try
        {
            SynonymMap.Parse(context.Content.Synonyms);
        }
        catch (SynonymFormatException e)
        {
            var file = "site/" + context.Content.Config.Synonyms;
            Report(diagnostics, new SourceLocation(file, e.LineNumber, 1), e.Message);
        }
    }
}
