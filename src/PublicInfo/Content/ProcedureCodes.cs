namespace PublicInfo.Content;

/// <summary>基本编码 and 实施编码 from the national catalogue.</summary>
public sealed record ProcedureCodes(string? Catalog, string? Implementation);
