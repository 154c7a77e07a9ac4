namespace PublicInfo.Content;

/// <summary>site/site.yml: the site's identity, categories and publication-log settings.</summary>
public sealed record SiteConfig
{
    public required string Title { get; init; }
    public required string Organisation { get; init; }
    public required string BaseUrl { get; init; }
    public required Phones Phones { get; init; }
    public required IReadOnlyList<Category> Categories { get; init; }
    public string? LogOrigin { get; init; }
    public string? PublicKey { get; init; }
    /// <summary>File name of the synonyms list, relative to site/.</summary>
    public string Synonyms { get; init; } = "synonyms.txt";
    public required SourceMap Source { get; init; }
}
