namespace PublicInfo.Content;

/// <summary>A free-standing page from input/pages/ (about, contact, accessibility).</summary>
public sealed record ContentPage
{
    public required string Slug { get; init; }
    public required string Title { get; init; }
    public string Body { get; init; } = "";
    public required SourceMap Source { get; init; }
}
