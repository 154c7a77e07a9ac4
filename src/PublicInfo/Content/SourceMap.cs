namespace PublicInfo.Content;

/// <summary>Where a loaded item came from, and the position of each of its values by key path.</summary>
/// <remarks>Validation runs after loading, on typed records; keeping positions here lets every later rule
/// still point at the exact line and column of the value it complains about.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(SourceMapJsonConverter))]
public sealed class SourceMap
{
    private readonly Lazy<IReadOnlyDictionary<string, SourceLocation>> _positions;
    private readonly string? _packed;

    public SourceMap(string file, IReadOnlyDictionary<string, SourceLocation> positions, int bodyLine)
    {
        File = file;
        BodyLine = bodyLine;
        _positions = new Lazy<IReadOnlyDictionary<string, SourceLocation>>(positions);
    }

    /// <summary>A map restored from the parse cache, its positions still packed (<see cref="Pack"/>): a build
    /// reads 10,000 guides back and asks for the positions of the few it reports on, so they are unpacked on first use.</summary>
    private SourceMap(string file, int bodyLine, string packed)
    {
        File = file;
        BodyLine = bodyLine;
        _packed = packed;
        _positions = new Lazy<IReadOnlyDictionary<string, SourceLocation>>(() => Unpack(file, packed));
    }

    /// <summary>The file, relative to the site root, with forward slashes.</summary>
    public string File { get; }

    /// <summary>The 1-based line where the Markdown body starts (0 when there is none).</summary>
    public int BodyLine { get; }

    /// <summary>Every recorded position by key path (for the on-disk parse cache).</summary>
    internal IReadOnlyDictionary<string, SourceLocation> Positions => _positions.Value;

    /// <summary>The packed positions this map was restored from, or null. A method, not a property: two maps with the
    /// same positions are the same map however they were made (tests compare content by its properties).</summary>
    internal string? PackedPositions() => _packed;

    /// <summary>The position of the value at <paramref name="path"/>, or of the nearest enclosing value, or the file.</summary>
    public SourceLocation At(string path)
    {
        for (var p = path; p.Length > 0; p = Parent(p))
            if (Positions.TryGetValue(p, out var location)) return location;
        return SourceLocation.OfFile(File);
    }

    private static string Parent(string path)
    {
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut <= 0 ? "" : path[..cut];
    }

    /// <summary>A map whose positions are <paramref name="packed"/>, unpacked on first use.</summary>
    internal static SourceMap FromPacked(string file, int bodyLine, string packed) => new(file, bodyLine, packed);

    /// <summary>Positions as <c>path⇥line⇥column↵…</c>; null when a path holds a tab or a line break (a quoted YAML
    /// key may), which that form cannot carry.</summary>
    internal static string? Pack(IReadOnlyDictionary<string, SourceLocation> positions)
    {
        var text = new System.Text.StringBuilder();
        foreach (var (path, location) in positions)
        {
            if (path.AsSpan().IndexOfAny('\t', '\n') >= 0) return null;
            text.Append(path).Append('\t').Append(location.Line).Append('\t').Append(location.Column).Append('\n');
        }
        return text.ToString();
    }

    private static Dictionary<string, SourceLocation> Unpack(string file, string packed)
    {
        var positions = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var entry in packed.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var fields = entry.Split('\t');
            if (fields.Length != 3 || !int.TryParse(fields[1], out var line) || !int.TryParse(fields[2], out var column))
                throw new FormatException($"a damaged source position in the parse cache for {file}: '{entry}'; run build --clean to make the cache again");
            positions[KeyPaths.Shared(fields[0])] = new SourceLocation(file, line, column);
        }
        return positions;
    }
}
