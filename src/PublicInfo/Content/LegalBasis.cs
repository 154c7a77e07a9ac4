namespace PublicInfo.Content;

/// <summary>设定依据: a law or regulation and, optionally, the article.</summary>
public sealed record LegalBasis(string Name, string? Article);
