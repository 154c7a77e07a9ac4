using System.Text.Json;
using PublicInfo.Content;

namespace PublicInfo.Tests.Content;

/// <summary>Source maps as the parse cache stores them: positions packed into one string, unpacked on first use, and
/// the long form for key paths the packed one cannot carry.</summary>
public class SourceMapJsonTests
{
    private const string File = "input/procedures/hukou/birth.md";

    private static SourceMap Map(params (string Path, int Line, int Column)[] positions) =>
        new(File, positions.ToDictionary(p => p.Path, p => new SourceLocation(File, p.Line, p.Column)), bodyLine: 40);

    private static SourceMap RoundTrip(SourceMap map) =>
        JsonSerializer.Deserialize<SourceMap>(JsonSerializer.Serialize(map))!;

    [Theory]
    [InlineData("materials[0].document", true)]
    [InlineData("odd\tkey", false)]
    [InlineData("line\nbreak", false)]
    public void Positions_survive_the_cache_packed_when_their_paths_allow(string path, bool packed)
    {
        var map = Map(("title", 3, 8), (path, 12, 5), ("materials", 11, 1));

        var json = JsonSerializer.Serialize(map);
        var back = RoundTrip(map);

        Assert.Equal(packed ? 3 : 2 + 3 * 3, JsonDocument.Parse(json).RootElement.GetArrayLength());
        Assert.Equal(packed, back.PackedPositions() is not null);
        Assert.Equal((File, 40), (back.File, back.BodyLine));
        Assert.Equal(map.Positions.OrderBy(p => p.Key), back.Positions.OrderBy(p => p.Key));
        Assert.Equal(new SourceLocation(File, 12, 5), back.At(path));
        Assert.Equal(new SourceLocation(File, 3, 8), back.At("title.more"));
        // A restored map that no rule asked about is written back as it was read.
        Assert.Equal(json, JsonSerializer.Serialize(RoundTrip(map)));
    }

    [Fact]
    public void A_map_without_positions_points_at_its_file()
    {
        var back = RoundTrip(Map());
        Assert.Empty(back.Positions);
        Assert.Equal(SourceLocation.OfFile(File), back.At("title"));
    }
}
