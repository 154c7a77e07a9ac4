namespace PublicInfo.Content;

/// <summary>到现场次数 (最多跑一次): how many trips, and why any are needed.</summary>
public sealed record Visits(int Max, string? Reason);
