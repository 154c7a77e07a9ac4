namespace PublicInfo.Rendering;

/// <summary>Everything the site shows about past publications: each guide's versions, every publication newest first,
/// the latest signed checkpoint and the key that signs it.</summary>
public sealed class PublicationHistory
{
    public static readonly PublicationHistory Empty = new([], null, null);

    public PublicationHistory(IReadOnlyList<VersionInfo> versions, string? signedCheckpoint, string? publicKey)
    {
        Versions = versions;
        SignedCheckpoint = signedCheckpoint;
        PublicKey = publicKey;
        ById = versions.GroupBy(v => v.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<VersionInfo>)g.OrderBy(v => v.Version).ToList(), StringComparer.Ordinal);
    }

    /// <summary>In log order.</summary>
    public IReadOnlyList<VersionInfo> Versions { get; }
    public IReadOnlyDictionary<string, IReadOnlyList<VersionInfo>> ById { get; }
    public string? SignedCheckpoint { get; }
    public string? PublicKey { get; }

    public IReadOnlyList<VersionInfo> Of(string id) => ById.TryGetValue(id, out var versions) ? versions : [];
}
