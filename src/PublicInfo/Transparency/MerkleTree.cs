using System.Security.Cryptography;

namespace PublicInfo.Transparency;

/// <summary>The Merkle tree of RFC 9162 section 2.1: hashes, inclusion and consistency proofs, and their verification.</summary>
/// <remarks>Written from the RFC's definitions; the verification algorithms follow sections 2.1.3.2 and 2.1.4.2 step by
/// step so they can be read against the text.</remarks>
public static class MerkleTree
{
    public const int HashSize = 32;

    /// <summary>SHA-256 of the empty string: the root of an empty tree.</summary>
    public static byte[] EmptyRoot() => SHA256.HashData([]);

    public static byte[] LeafHash(ReadOnlySpan<byte> entry)
    {
        var buffer = new byte[entry.Length + 1];
        entry.CopyTo(buffer.AsSpan(1));
        return SHA256.HashData(buffer);
    }

    public static byte[] NodeHash(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right)
    {
        Span<byte> buffer = stackalloc byte[1 + 2 * HashSize];
        buffer[0] = 1;
        left.CopyTo(buffer[1..]);
        right.CopyTo(buffer[(1 + HashSize)..]);
        return SHA256.HashData(buffer);
    }

    /// <summary>MTH(D[n]) over leaf hashes already computed.</summary>
    public static byte[] Root(IReadOnlyList<byte[]> leafHashes) =>
        leafHashes.Count == 0 ? EmptyRoot() : new SubtreeCache(leafHashes).Root(0, leafHashes.Count);

    /// <summary>The root of the subtree over leaves [start, start + count).</summary>
    public static byte[] SubtreeRoot(IReadOnlyList<byte[]> leafHashes, long start, long count) =>
        new SubtreeCache(leafHashes).Root(start, count);

    /// <summary>PATH(m, D[n]): the audit path of leaf <paramref name="index"/> in the first <paramref name="size"/> leaves.</summary>
    public static List<byte[]> InclusionProof(IReadOnlyList<byte[]> leafHashes, long index, long size) =>
        InclusionProof(new SubtreeCache(leafHashes), index, size);

    /// <summary>PATH(m, D[n]) reusing subtree roots already computed, so proofs for every leaf cost O(n log n) in all.</summary>
    public static List<byte[]> InclusionProof(SubtreeCache tree, long index, long size)
    {
        if (index < 0 || index >= size || size > tree.LeafCount) throw new ArgumentOutOfRangeException(nameof(index));
        var proof = new List<byte[]>();
        Path(index, 0, size);
        return proof;

        void Path(long m, long start, long n)
        {
            if (n == 1) return;
            var k = LargestPowerOfTwoBelow(n);
            if (m < k)
            {
                Path(m, start, k);
                proof.Add(tree.Root(start + k, n - k));
            }
            else
            {
                Path(m - k, start + k, n - k);
                proof.Add(tree.Root(start, k));
            }
        }
    }

    /// <summary>PROOF(m, D[n]): the consistency proof between the first <paramref name="oldSize"/> and <paramref name="newSize"/> leaves.</summary>
    public static List<byte[]> ConsistencyProof(IReadOnlyList<byte[]> leafHashes, long oldSize, long newSize) =>
        ConsistencyProof(new SubtreeCache(leafHashes), oldSize, newSize);

    public static List<byte[]> ConsistencyProof(SubtreeCache tree, long oldSize, long newSize)
    {
        if (oldSize < 0 || oldSize > newSize || newSize > tree.LeafCount) throw new ArgumentOutOfRangeException(nameof(oldSize));
        var proof = new List<byte[]>();
        if (oldSize == 0 || oldSize == newSize) return proof;
        SubProof(oldSize, 0, newSize, true);
        return proof;

        void SubProof(long m, long start, long n, bool complete)
        {
            if (m == n)
            {
                if (!complete) proof.Add(tree.Root(start, n));
                return;
            }
            var k = LargestPowerOfTwoBelow(n);
            if (m <= k)
            {
                SubProof(m, start, k, complete);
                proof.Add(tree.Root(start + k, n - k));
            }
            else
            {
                SubProof(m - k, start + k, n - k, false);
                proof.Add(tree.Root(start, k));
            }
        }
    }

    /// <summary>RFC 9162 section 2.1.3.2.</summary>
    public static bool VerifyInclusion(long index, long size, ReadOnlySpan<byte> leafHash, IReadOnlyList<byte[]> proof, ReadOnlySpan<byte> root)
    {
        if (index < 0 || index >= size || leafHash.Length != HashSize || root.Length != HashSize) return false;
        if (proof.Any(p => p.Length != HashSize)) return false;
        long fn = index, sn = size - 1;
        var r = leafHash.ToArray();
        foreach (var p in proof)
        {
            if (sn == 0) return false;
            if ((fn & 1) == 1 || fn == sn)
            {
                r = NodeHash(p, r);
                if ((fn & 1) == 0)
                    while ((fn & 1) == 0 && fn != 0) { fn >>= 1; sn >>= 1; }
            }
            else
            {
                r = NodeHash(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && r.AsSpan().SequenceEqual(root);
    }

    /// <summary>RFC 9162 section 2.1.4.2, plus the trivial cases the RFC leaves to the caller (empty old tree, equal sizes).</summary>
    public static bool VerifyConsistency(long oldSize, long newSize, ReadOnlySpan<byte> oldRoot, ReadOnlySpan<byte> newRoot, IReadOnlyList<byte[]> proof)
    {
        if (oldSize < 0 || oldSize > newSize || oldRoot.Length != HashSize || newRoot.Length != HashSize) return false;
        if (proof.Any(p => p.Length != HashSize)) return false;
        if (oldSize == newSize) return proof.Count == 0 && oldRoot.SequenceEqual(newRoot);
        if (oldSize == 0) return proof.Count == 0;
        if (proof.Count == 0) return false;
        var path = new List<byte[]>(proof);
        if (IsPowerOfTwo(oldSize)) path.Insert(0, oldRoot.ToArray());
        long fn = oldSize - 1, sn = newSize - 1;
        while ((fn & 1) == 1) { fn >>= 1; sn >>= 1; }
        var fr = path[0];
        var sr = path[0];
        foreach (var c in path.Skip(1))
        {
            if (sn == 0) return false;
            if ((fn & 1) == 1 || fn == sn)
            {
                fr = NodeHash(c, fr);
                sr = NodeHash(c, sr);
                if ((fn & 1) == 0)
                    while ((fn & 1) == 0 && fn != 0) { fn >>= 1; sn >>= 1; }
            }
            else
            {
                sr = NodeHash(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return fr.AsSpan().SequenceEqual(oldRoot) && sr.AsSpan().SequenceEqual(newRoot) && sn == 0;
    }

    /// <summary>The largest power of two strictly less than <paramref name="n"/> (n ≥ 2).</summary>
    public static long LargestPowerOfTwoBelow(long n)
    {
        var k = 1L;
        while (k << 1 < n) k <<= 1;
        return k;
    }

    private static bool IsPowerOfTwo(long n) => n > 0 && (n & (n - 1)) == 0;
}
