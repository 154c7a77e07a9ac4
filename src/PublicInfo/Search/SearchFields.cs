namespace PublicInfo.Search;

/// <summary>Searched fields and their weights; a weight is Lucene's query-time boost of that field.</summary>
public static class SearchFields
{
    /// <summary>Searched fields in the fixed order their contributions are summed (float addition is not associative).</summary>
    public static readonly IReadOnlyList<(string Name, float Boost)> Weighted =
    [
        ("title", 5f),
        ("aliases", 5f),
        ("materials", 2f),
        ("summary", 1.5f),
        ("category", 1.5f),
        ("conditions", 1f),
        ("steps", 1f),
        ("body", 0.5f),
    ];

    internal const string Id = "id";
    internal const string Url = "url";
    internal const string StoredTitle = "title_stored";
    internal const string StoredSummary = "summary_stored";
    internal const string CategoryId = "category_id";
    internal const string CategoryName = "category_name";
}
