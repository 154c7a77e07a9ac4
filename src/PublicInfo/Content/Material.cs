namespace PublicInfo.Content;

/// <summary>申请材料: one document a citizen brings, with how many originals and copies.</summary>
public sealed record Material
{
    /// <summary>An id from documents.yml; name, issuer and aliases come from there.</summary>
    public required string Document { get; init; }
    public int Originals { get; init; }
    public int Copies { get; init; }
    /// <summary>必要 | 非必要 | 容缺后补.</summary>
    public required string Necessity { get; init; }
    /// <summary>纸质 | 电子 | 纸质或电子.</summary>
    public string? Form { get; init; }
    public string? When { get; init; }
    public string? Note { get; init; }
}
