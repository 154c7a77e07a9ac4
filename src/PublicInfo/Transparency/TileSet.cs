namespace PublicInfo.Transparency;

/// <summary>Every tile a log of a given size consists of, computed from its entries: what the log writes and what
/// a verifier recomputes and compares byte for byte.</summary>
public static class TileSet
{
    /// <summary>Path → bytes of every hash tile and entry bundle for the first <paramref name="size"/> entries.</summary>
    public static SortedDictionary<string, byte[]> For(IReadOnlyList<byte[]> entries, IReadOnlyList<byte[]> leafHashes, long size)
    {
        var tiles = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        // Entry bundles: uint16 big-endian length, then the entry.
        for (long start = 0; start < size; start += TilePath.Width)
        {
            var count = (int)Math.Min(TilePath.Width, size - start);
            using var bundle = new MemoryStream();
            for (var i = 0; i < count; i++)
            {
                var entry = entries[(int)(start + i)];
                if (entry.Length > ushort.MaxValue) throw new InvalidOperationException($"entry {start + i} is {entry.Length} bytes; tiles allow 65535");
                bundle.WriteByte((byte)(entry.Length >> 8));
                bundle.WriteByte((byte)entry.Length);
                bundle.Write(entry);
            }
            tiles[TilePath.Entries(start / TilePath.Width, count)] = bundle.ToArray();
        }
        // Hash tiles: level L holds the roots of complete subtrees of 256^L leaves.
        var level = 0;
        IReadOnlyList<byte[]> hashes = leafHashes.Take((int)size).ToList();
        while (hashes.Count > 0)
        {
            for (var start = 0; start < hashes.Count; start += TilePath.Width)
            {
                var count = Math.Min(TilePath.Width, hashes.Count - start);
                var data = new byte[count * MerkleTree.HashSize];
                for (var i = 0; i < count; i++) hashes[start + i].CopyTo(data, i * MerkleTree.HashSize);
                tiles[TilePath.Hashes(level, start / TilePath.Width, count)] = data;
            }
            var next = new List<byte[]>();
            for (var start = 0; start + TilePath.Width <= hashes.Count; start += TilePath.Width)
                next.Add(new SubtreeCache(hashes.Skip(start).Take(TilePath.Width).ToList()).Root(0, TilePath.Width));
            hashes = next;
            level++;
        }
        return tiles;
    }
}
