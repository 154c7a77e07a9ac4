using System.Collections.Concurrent;

namespace PublicInfo.Content;

/// <summary>
/// One shared copy of each key path (<c>materials[2].name</c>) that source maps remember. Every guide has about a
/// hundred positions under the same few hundred paths; sharing the strings keeps 100,000 guides' maps at a fraction
/// of the memory (and of the garbage collector's work) that a copy per guide would take.
/// </summary>
internal static class KeyPaths
{
    private static readonly ConcurrentDictionary<string, string> Known = new(StringComparer.Ordinal);

    /// <summary>The shared instance equal to <paramref name="path"/>.</summary>
    public static string Shared(string path) => Known.GetOrAdd(path, path);
}
