using System.Text.RegularExpressions;

namespace PublicInfo.Content.Rules;

/// <summary>PI1104: ids are unique. Two guide files may share an id only as scheduled versions of one guide:
/// <c>&lt;id&gt;.md</c> and <c>&lt;id&gt;.&lt;effective_from&gt;.md</c> in the same folder, with different dates.</summary>
/// <remarks>The file-name convention is what tells a scheduled change from a guide copied without changing its id:
/// without it, the copy would silently replace the original on its effective date.</remarks>
public sealed partial class DuplicateIdRule : ContentRule
{
    public override RuleDescriptor Descriptor { get; } = new("PI1104", Severity.Error, "duplicate id",
        "give each item its own id; to schedule a change, name the second file <id>.<effective_from>.md beside <id>.md");

    public override void Check(RuleContext context, DiagnosticBag diagnostics)
    {
        var content = context.Content;
        foreach (var group in content.ProcedureVersions.GroupBy(p => p.Id).Where(g => g.Count() > 1))
        {
            var versions = group.ToList();
            var first = versions.FirstOrDefault(IsPlainFile) ?? versions[0];
            foreach (var version in versions.Where(v => v != first))
            {
                var sameDate = versions.Any(v => v != version && v.EffectiveFrom == version.EffectiveFrom);
                if (sameDate || !IsScheduledVersionOf(version, first))
                    Report(diagnostics, version.Source.At("id"),
                        $"guide id '{version.Id}' is already used at {first.Source.At("id")}");
            }
        }
        ReportDuplicates(diagnostics, content.Documents.GroupBy(d => d.Id), d => d.Source, d => $"document id '{d.Id}'");
        ReportDuplicates(diagnostics, content.Offices.GroupBy(o => o.Id), o => o.Source, o => $"office id '{o.Id}'");
    }

    private static bool IsPlainFile(Procedure p) => Path.GetFileName(p.Source.File) == p.Id + ".md";

    private static bool IsScheduledVersionOf(Procedure version, Procedure original)
    {
        var name = Path.GetFileName(version.Source.File);
        var match = ScheduledName().Match(name);
        return IsPlainFile(original)
            && Path.GetDirectoryName(version.Source.File) == Path.GetDirectoryName(original.Source.File)
            && match.Success && match.Groups["id"].Value == version.Id
            && match.Groups["date"].Value == version.EffectiveFrom.ToString("yyyy-MM-dd");
    }

    private void ReportDuplicates<T>(DiagnosticBag diagnostics, IEnumerable<IGrouping<string, T>> groups,
        Func<T, SourceMap> source, Func<T, string> describe)
    {
        foreach (var group in groups)
        {
            var items = group.ToList();
            var first = source(items[0]).At("id");
            foreach (var duplicate in items.Skip(1))
                Report(diagnostics, source(duplicate).At("id"), $"{describe(duplicate)} is already used at {first}");
        }
    }

    [GeneratedRegex(@"^(?<id>[a-z0-9-]+)\.(?<date>\d{4}-\d{2}-\d{2})\.md$")]
    private static partial Regex ScheduledName();
}
