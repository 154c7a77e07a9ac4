namespace PublicInfo.Benchmarks;

/// <summary>A benchmark query and, for the colloquial ones, the topic its first result should belong to.</summary>
/// <param name="ExpectedPrefix">Guide id prefix <c>{category}-{topic slug}-</c> (see <see cref="CorpusGenerator.GuideId"/>):
/// the generated corpus has hundreds of near-identical guides per topic (only district and variant differ), so any
/// guide of the right topic is a correct first result. Null: no single right topic; only the title is reported.</param>
public sealed record SearchQuery(string Text, string? ExpectedPrefix);

/// <summary>The fixed query list of the search benchmark: what citizens type, not catalogue titles.</summary>
public static class SearchQueries
{
    public static readonly IReadOnlyList<SearchQuery> All =
    [
        new("过户", "vehicles-transfer-"),
        new("驾照到期", "driving-licence-renewal-"),
        new("孩子出生上户口", "hukou-birth-registration-"),
        new("身份证丢了怎么办", "id-card-replacement-"),
        new("护照过期了", "exit-entry-passport-renewal-"),
        new("居住证", "id-card-residence-permit-"),
        new("交通事故认定书", "traffic-accident-determination-"),
        new("临时身份证", "id-card-temporary-"),
        // English and a number: the corpus is Chinese; these test what happens on few or odd matches.
        new("passport", null),
        new("12123", null),
    ];

    /// <summary>The guide id in a result URL such as <c>/procedures/vehicles-transfer-00042/</c>, or the URL itself.</summary>
    public static string GuideIdOf(string url)
    {
        var path = url.Split('?', '#')[0].TrimEnd('/');
        var slash = path.LastIndexOf('/');
        return slash >= 0 ? path[(slash + 1)..] : path;
    }
}
