using PublicInfo.Content;
using PublicInfo.Rendering;
using PublicInfo.Search;

namespace PublicInfo.Build;

/// <summary>What search sees of each current guide: its own words, and the names people use for the documents it needs.</summary>
public static class GuideSearchDocuments
{
    public static IReadOnlyList<SearchDocument> From(SiteModel site) => site.Procedures.Select(p => From(p, site)).ToList();

    public static SearchDocument From(Procedure guide, SiteModel site)
    {
        // A citizen types 户口本 or 驾照, not the catalogue id: every material brings its name and aliases.
        var materials = guide.Materials
            .SelectMany(m => site.FindDocument(m.Document) is { } document ? [document.Name, .. document.Aliases] : new[] { m.Document })
            .Distinct(StringComparer.Ordinal)
            .ToList();
        // A result must not send anyone to the hall for a guide that is suspended or withdrawn.
        var summary = guide.Status == "active" ? guide.Summary : $"【{DisplayText.Status(guide.Status)}】{guide.Summary}";
        return new SearchDocument(
            guide.Id,
            SiteUrls.Procedure(guide.Id),
            guide.Title,
            guide.Aliases,
            summary,
            guide.Category,
            site.FindCategory(guide.Category)?.Name ?? guide.Category,
            materials,
            guide.Conditions,
            guide.Steps.Select(s => $"{s.Name} {s.Detail}").ToList(),
            MarkdownRenderer.ToPlainText(guide.Body));
    }
}
