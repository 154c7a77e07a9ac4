using System.Text.Json;
using PublicInfo.Rendering;
using PublicInfo.Output;

namespace PublicInfo.Build;

/// <summary>
/// Titles already transliterated to pinyin (<see cref="Pinyin"/>), kept between builds: the A–Z page needs every
/// title's pinyin, and a build that knows them all does not load ICU's transliteration rules, which cost more than
/// transliterating the titles.
/// </summary>
/// <remarks>The file names the tool's version, whose ICU data made the pinyin; another version starts afresh. It only
/// ever holds what the transliterator itself returned, so a build with it writes what a build without it writes.</remarks>
internal static class PinyinCache
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // titles stay readable
    };

    /// <summary>Loads the titles saved at <paramref name="path"/>; a missing, damaged or foreign file is ignored. Returns
    /// how many titles were known after loading, for <see cref="SaveIfGrown"/>.</summary>
    public static int Load(string path)
    {
        try
        {
            if (File.Exists(path) && JsonSerializer.Deserialize<Stored>(File.ReadAllBytes(path)) is { Tool: var tool } stored
                && tool == BuildCache.ToolId)
                Pinyin.Remember(stored.Titles);
        }
        catch (Exception e) when (e is JsonException or IOException)
        {
            // Only costs transliterating the titles again.
        }
        return Pinyin.Known.Count;
    }

    /// <summary>True when more titles are known now than the <paramref name="loaded"/> known after loading.</summary>
    public static bool HasGrown(int loaded) => Pinyin.Known.Count > loaded;

    /// <summary>Saves every title known now when there are more than <paramref name="loaded"/>.</summary>
    public static void SaveIfGrown(string path, int loaded)
    {
        if (!HasGrown(loaded)) return;
        var stored = new Stored(BuildCache.ToolId, new SortedDictionary<string, string>(Pinyin.Known.ToDictionary(), StringComparer.Ordinal));
        AtomicFile.Write(path, JsonSerializer.SerializeToUtf8Bytes(stored, Json));
    }

    private sealed record Stored(string Tool, IReadOnlyDictionary<string, string> Titles);
}
