namespace PublicInfo.Content;

/// <summary>办理结果: what the citizen receives and how long it is valid.</summary>
public sealed record ServiceResult(string? Name, string? Validity);
