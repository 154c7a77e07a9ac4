using System.Globalization;

namespace PublicInfo.Transparency;

/// <summary>C2SP tlog-tiles paths: <c>tile/&lt;L&gt;/&lt;N&gt;[.p/&lt;W&gt;]</c> and <c>tile/entries/&lt;N&gt;[.p/&lt;W&gt;]</c>,
/// with N in 3-digit groups (1234067 → x001/x234/067).</summary>
public static class TilePath
{
    public const int Width = 256;

    public static string Hashes(int level, long index, int width) => $"tile/{level}/{Index(index)}{Partial(width)}";

    public static string Entries(long index, int width) => $"tile/entries/{Index(index)}{Partial(width)}";

    public static string Index(long n)
    {
        var text = n.ToString(CultureInfo.InvariantCulture);
        var padded = text.PadLeft((text.Length + 2) / 3 * 3, '0');
        var groups = Enumerable.Range(0, padded.Length / 3).Select(i => padded.Substring(i * 3, 3)).ToList();
        return string.Join('/', groups.Select((g, i) => i < groups.Count - 1 ? "x" + g : g));
    }

    private static string Partial(int width) => width == Width ? "" : $".p/{width}";
}
