using System.Security.Cryptography;

namespace PublicInfo.Rendering;

/// <summary>The theme's assets under content-hashed names (<c>/assets/css/site.1a2b3c4d.css</c>), so browsers may cache
/// them for ever and a new version is never mixed with an old page.</summary>
public sealed class AssetManifest
{
    private AssetManifest(IReadOnlyList<(string Path, string Url, byte[] Bytes)> files) => Files = files;

    /// <summary>Asset path (e.g. <c>css/site.css</c>), its site-absolute hashed URL, and its bytes.</summary>
    public IReadOnlyList<(string Path, string Url, byte[] Bytes)> Files { get; }

    public IReadOnlyDictionary<string, string> Urls => Files.ToDictionary(f => f.Path, f => f.Url, StringComparer.Ordinal);

    public static AssetManifest Create(Theme theme)
    {
        var files = theme.Assets.Select(asset =>
        {
            var bytes = File.ReadAllBytes(asset.Value);
            var hash = Convert.ToHexString(SHA256.HashData(bytes))[..8].ToLowerInvariant();
            var extension = Path.GetExtension(asset.Key);
            var hashed = asset.Key[..^extension.Length] + "." + hash + extension;
            return (asset.Key, "/assets/" + hashed, bytes);
        }).ToList();
        return new AssetManifest(files);
    }
}
