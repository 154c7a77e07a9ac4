namespace PublicInfo.Content;

/// <summary>办理流程: one step, in order.</summary>
public sealed record Step(string Name, string Detail, string? Where);
