namespace PublicInfo.Content.Rules;

/// <summary>The list of content rules. Adding a rule is adding a class and one line here.</summary>
public static class ContentRules
{
    public static IReadOnlyList<ContentRule> All { get; } =
    [
        new UnknownCategoryRule(),
        new UnknownDocumentRule(),
        new UnknownOfficeRule(),
        new DuplicateIdRule(),
        new VisitsReasonRule(),
        new FeeBasisRule(),
        new DistinctPhonesRule(),
        new OnlineUrlRule(),
        new ImmediateCaseRule(),
        new UnsafeMarkupRule(),
        new BrokenLinkRule(),
        new UnknownNoticeProcedureRule(),
        new PlaceholderRule(),
        new SynonymsFormatRule(),
        new ReviewOverdueRule(),
        new SummaryLengthRule(),
        new NoMaterialsRule(),
        new LongSentenceRule(),
        new ReviewDueSoonRule(),
    ];

    /// <summary>Every rule id, shape rules included, for documentation and for the one-failing-example-per-rule test.</summary>
    public static IEnumerable<RuleDescriptor> Descriptors => SchemaRules.All.Concat(All.Select(r => r.Descriptor));
}
