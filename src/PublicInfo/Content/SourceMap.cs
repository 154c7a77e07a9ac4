namespace PublicInfo.Content;

/// <summary>Where a loaded item came from, and the position of each of its values by key path.</summary>
/// <remarks>Validation runs after loading, on typed records; keeping positions here lets every later rule
/// still point at the exact line and column of the value it complains about.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(SourceMapJsonConverter))]
public sealed class SourceMap(string file, IReadOnlyDictionary<string, SourceLocation> positions, int bodyLine)
{
    /// <summary>The file, relative to the site root, with forward slashes.</summary>
    public string File { get; } = file;

    /// <summary>The 1-based line where the Markdown body starts (0 when there is none).</summary>
    public int BodyLine { get; } = bodyLine;

    /// <summary>Every recorded position by key path (for the on-disk parse cache).</summary>
    internal IReadOnlyDictionary<string, SourceLocation> Positions => positions;

    /// <summary>The position of the value at <paramref name="path"/>, or of the nearest enclosing value, or the file.</summary>
    public SourceLocation At(string path)
    {
        for (var p = path; p.Length > 0; p = Parent(p))
            if (positions.TryGetValue(p, out var location)) return location;
        return SourceLocation.OfFile(File);
    }

    private static string Parent(string path)
    {
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut <= 0 ? "" : path[..cut];
    }
}
