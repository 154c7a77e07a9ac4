namespace PublicInfo.Content.Rules;

/// <summary>PI1104: ids are unique. Two guide files may share an id only as scheduled versions (different effective_from).</summary>
public sealed class DuplicateIdRule : ContentRule
{
    public override RuleDescriptor Descriptor { get; } = new("PI1104", Severity.Error, "duplicate id",
        "give each item its own id; to schedule a change, give the second file a later effective_from");

    public override void Check(RuleContext context, DiagnosticBag diagnostics)
    {
        var content = context.Content;
        ReportDuplicates(diagnostics, content.ProcedureVersions.GroupBy(p => (p.Id, p.EffectiveFrom)),
            p => p.Source, p => $"guide id '{p.Id}' with effective_from {p.EffectiveFrom:yyyy-MM-dd}");
        ReportDuplicates(diagnostics, content.Documents.GroupBy(d => d.Id), d => d.Source, d => $"document id '{d.Id}'");
        ReportDuplicates(diagnostics, content.Offices.GroupBy(o => o.Id), o => o.Source, o => $"office id '{o.Id}'");
    }

    private void ReportDuplicates<TKey, T>(DiagnosticBag diagnostics, IEnumerable<IGrouping<TKey, T>> groups,
        Func<T, SourceMap> source, Func<T, string> describe)
    {
        foreach (var group in groups)
        {
            var items = group.ToList();
            if (items.Count < 2) continue;
            var first = source(items[0]).At("id");
            foreach (var duplicate in items.Skip(1))
                Report(diagnostics, source(duplicate).At("id"), $"{describe(duplicate)} is already used at {first}");
        }
    }
}
