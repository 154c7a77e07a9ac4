namespace PublicInfo.Content;

/// <summary>One charge and the document that sets it.</summary>
public sealed record Fee(string Name, decimal Amount, string? Unit, string Basis);
