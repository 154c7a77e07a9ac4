namespace PublicInfo.Content;

/// <summary>An announcement (通知公告) from input/notices/.</summary>
public sealed record Notice
{
    public required string Slug { get; init; }
    public required string Title { get; init; }
    public required DateOnly Date { get; init; }
    public IReadOnlyList<string> Procedures { get; init; } = [];
    public string Body { get; init; } = "";
    public required SourceMap Source { get; init; }
}
