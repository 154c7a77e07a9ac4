namespace PublicInfo.Content.Rules;

/// <summary>PI1101: a guide's category must be declared in site.yml.</summary>
public sealed class UnknownCategoryRule : ProcedureRule
{
    public override RuleDescriptor Descriptor { get; } = new("PI1101", Severity.Error, "unknown category",
        "use a category id from site/site.yml, or add the category there");

    protected override void Check(Procedure procedure, RuleContext context, DiagnosticBag diagnostics)
    {
        if (!context.CategoryIds.Contains(procedure.Category))
            Report(diagnostics, procedure.Source.At("category"),
                $"category '{procedure.Category}' is not in site.yml (known: {string.Join(", ", context.CategoryIds.Order(StringComparer.Ordinal))})");
    }
}
