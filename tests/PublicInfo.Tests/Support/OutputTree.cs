using System.Security.Cryptography;

namespace PublicInfo.Tests.Support;

/// <summary>An output folder as relative path → SHA-256, for byte-for-byte comparisons of whole sites.</summary>
public static class OutputTree
{
    public static SortedDictionary<string, string> Hashes(string directory) =>
        new(Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(directory, f).Replace('\\', '/'), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))),
            StringComparer.Ordinal);
}
