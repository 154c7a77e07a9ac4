namespace PublicInfo.Transparency;

/// <summary>Roots of subtrees of one list of leaf hashes, each computed once.</summary>
/// <remarks>Proofs for every entry of a log share most of their subtrees; remembering them turns n proofs from
/// O(n²) hashing into O(n log n).</remarks>
public sealed class SubtreeCache(IReadOnlyList<byte[]> leafHashes)
{
    private readonly Dictionary<(long Start, long Count), byte[]> _roots = [];

    public long LeafCount => leafHashes.Count;

    public byte[] Root(long start, long count)
    {
        if (count == 1) return leafHashes[(int)start];
        if (_roots.TryGetValue((start, count), out var cached)) return cached;
        var k = MerkleTree.LargestPowerOfTwoBelow(count);
        var root = MerkleTree.NodeHash(Root(start, k), Root(start + k, count - k));
        _roots[(start, count)] = root;
        return root;
    }
}
