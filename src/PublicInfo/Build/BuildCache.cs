using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using PublicInfo.Output;

namespace PublicInfo.Build;

/// <summary>What the last successful build of an output folder was made from and what it wrote; kept on disk between runs.</summary>
/// <remarks>Lives under <c>&lt;root&gt;/.publicinfo/</c>, never inside the output, so the output stays byte-identical to a
/// clean build. The tool's own build id is part of it: a new version of PublicInfo never trusts an old cache.</remarks>
public sealed class BuildCache
{
    public string Tool { get; init; } = "";
    public string Today { get; init; } = "";
    public SortedDictionary<string, string> Inputs { get; init; } = new(StringComparer.Ordinal);
    /// <summary>Output file → its length, to notice an output folder changed or removed by hand.</summary>
    public SortedDictionary<string, long> Outputs { get; init; } = new(StringComparer.Ordinal);

    public static string ToolId { get; } = typeof(BuildCache).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    public static string PathFor(string root, string output) => CacheEntry(root, output, "build", ".json");

    /// <summary>Where a build of <paramref name="output"/> keeps one kind of state between runs, e.g.
    /// <c>.publicinfo/cache/pages-1a2b….json</c>: one root may build into several output folders.</summary>
    public static string CacheEntry(string root, string output, string kind, string extension = "")
    {
        var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(output))))[..16].ToLowerInvariant();
        return Path.Combine(Path.GetFullPath(root), ".publicinfo", "cache", $"{kind}-{key}{extension}");
    }

    public static BuildCache? Load(string path)
    {
        try
        {
            return File.Exists(path) ? JsonSerializer.Deserialize<BuildCache>(File.ReadAllBytes(path)) : null;
        }
        catch (JsonException)
        {
            return null; // A damaged cache only costs a full build.
        }
    }

    public void Save(string path)
    {
        AtomicFile.Write(path, JsonSerializer.SerializeToUtf8Bytes(this));
    }

    /// <summary>True when nothing a build reads has changed and the output folder still holds exactly what was written.</summary>
    public bool IsUpToDate(SortedDictionary<string, string> inputs, DateOnly today, string output)
    {
        if (Tool != ToolId || Today != today.ToString("yyyy-MM-dd") || !inputs.SequenceEqual(Inputs)) return false;
        if (!Directory.Exists(output)) return false;
        var actual = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Count();
        if (actual != Outputs.Count) return false;
        foreach (var (file, length) in Outputs)
        {
            var info = new FileInfo(Path.Combine(output, file));
            if (!info.Exists || info.Length != length) return false;
        }
        return true;
    }
}
