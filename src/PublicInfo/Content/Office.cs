namespace PublicInfo.Content;

/// <summary>A service hall where procedures are handled.</summary>
public sealed record Office
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string Address { get; init; }
    public required IReadOnlyList<OpeningHours> Hours { get; init; }
    public required string Phone { get; init; }
    public bool Accessible { get; init; }
    public string? Note { get; init; }
    /// <summary>Category ids handled here (informational; guides name their offices).</summary>
    public IReadOnlyList<string> Handles { get; init; } = [];
    public required SourceMap Source { get; init; }
}
