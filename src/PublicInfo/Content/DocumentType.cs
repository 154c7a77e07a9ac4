namespace PublicInfo.Content;

/// <summary>An entry of documents.yml: a kind of document that materials refer to.</summary>
public sealed record DocumentType
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public string? Issuer { get; init; }
    public string? Note { get; init; }
    /// <summary>An electronic licence (电子证照) is accepted.</summary>
    public bool ELicense { get; init; }
    public required SourceMap Source { get; init; }
}
