using System.Security.Cryptography;

namespace PublicInfo.Build;

/// <summary>A content hash of every file a build reads (site/, input/, themes/), by relative path.</summary>
public static class InputFingerprint
{
    private static readonly string[] Folders = ["site", "input", "themes"];

    public static SortedDictionary<string, string> Compute(string root)
    {
        root = Path.GetFullPath(root);
        var files = Folders.Select(f => Path.Combine(root, f)).Where(Directory.Exists)
            .SelectMany(d => Directory.EnumerateFiles(d, "*", SearchOption.AllDirectories))
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => !f.Split('/').Any(part => part.StartsWith('.')))
            .ToArray();
        var hashes = new string[files.Length];
        Parallel.For(0, files.Length, i => hashes[i] = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(Path.Combine(root, files[i])))));
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < files.Length; i++) result[files[i]] = hashes[i];
        return result;
    }
}
