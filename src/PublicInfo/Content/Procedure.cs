namespace PublicInfo.Content;

/// <summary>One procedure guide (办事指南) as an editor wrote it: front matter fields plus the Markdown body.</summary>
public sealed record Procedure
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required string Category { get; init; }
    public string? ItemType { get; init; }
    public ProcedureCodes? Codes { get; init; }
    public required string Summary { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    /// <summary>实施主体; the site's organisation when the guide leaves it out.</summary>
    public required string Authority { get; init; }
    public required IReadOnlyList<LegalBasis> LegalBasis { get; init; }
    public IReadOnlyList<string> Audience { get; init; } = [];
    public IReadOnlyList<string> Conditions { get; init; } = [];
    public required IReadOnlyList<Material> Materials { get; init; }
    public required IReadOnlyList<Step> Steps { get; init; }
    public required TimeLimit TimeLimit { get; init; }
    public string? CaseType { get; init; }
    /// <summary>Empty means free (免费).</summary>
    public required IReadOnlyList<Fee> Fees { get; init; }
    public OnlineService? Online { get; init; }
    public required Visits Visits { get; init; }
    public string? Scope { get; init; }
    public required IReadOnlyList<string> Offices { get; init; }
    public required Phones Phones { get; init; }
    public ServiceResult? Result { get; init; }
    public required string Status { get; init; }
    public required DateOnly EffectiveFrom { get; init; }
    public DateOnly? ReviewDue { get; init; }
    public string? ChangeNote { get; init; }
    /// <summary>The Markdown body as written, below the front matter.</summary>
    public string Body { get; init; } = "";
    /// <summary>Where the guide came from, and where each of its values stands (key paths like <c>materials[0].document</c>).</summary>
    public required SourceMap Source { get; init; }

    public bool IsFree => Fees.Count == 0;
}
