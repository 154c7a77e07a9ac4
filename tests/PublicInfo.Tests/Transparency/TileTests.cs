using PublicInfo.Transparency;

namespace PublicInfo.Tests.Transparency;

public class TileTests
{
    [Theory]
    [InlineData(0L, "000")]
    [InlineData(5L, "005")]
    [InlineData(1000L, "x001/000")]
    [InlineData(1234067L, "x001/x234/067")]
    public void Tile_indexes_are_written_in_three_digit_groups(long n, string expected)
    {
        Assert.Equal(expected, TilePath.Index(n));
    }

    [Fact]
    public void Partial_and_full_tile_paths()
    {
        Assert.Equal("tile/0/x001/x234/067.p/8", TilePath.Hashes(0, 1234067, 8));
        Assert.Equal("tile/2/000", TilePath.Hashes(2, 0, 256));
        Assert.Equal("tile/entries/001.p/3", TilePath.Entries(1, 3));
    }

    [Fact]
    public void A_log_of_600_entries_has_two_full_and_one_partial_tile_per_level_as_needed()
    {
        var entries = Enumerable.Range(0, 600).Select(i => new[] { (byte)i, (byte)(i >> 8) }).ToList();
        var hashes = entries.Select(e => MerkleTree.LeafHash(e)).ToList();
        var tiles = TileSet.For(entries, hashes, 600);
        Assert.Equal(
            ["tile/0/000", "tile/0/001", "tile/0/002.p/88", "tile/1/000.p/2", "tile/entries/000", "tile/entries/001", "tile/entries/002.p/88"],
            tiles.Keys);
        Assert.Equal(88 * 32, tiles["tile/0/002.p/88"].Length);
        // A level-1 hash is the root of the 256 leaves below it.
        Assert.Equal(MerkleTree.Root(hashes.Take(256).ToList()), tiles["tile/1/000.p/2"][..32]);
        Assert.Equal(88 * (2 + 2), tiles["tile/entries/002.p/88"].Length);
    }
}
