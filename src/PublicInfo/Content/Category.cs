namespace PublicInfo.Content;

/// <summary>A category of procedures declared in site.yml, in display order.</summary>
public sealed record Category(string Id, string Name, string? Description);
