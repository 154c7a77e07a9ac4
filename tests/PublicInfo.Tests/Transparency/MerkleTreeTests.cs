using PublicInfo.Transparency;

namespace PublicInfo.Tests.Transparency;

/// <summary>RFC 6962 / RFC 9162 known answers, then every proof of generated trees against a naive reference.</summary>
public class MerkleTreeTests
{
    // The leaves of RFC 6962's reference tests (TRANSPARENCY.md; also transparency-dev/merkle testonly/constants.go).
    private static readonly byte[][] Leaves =
        new[] { "", "00", "10", "2021", "3031", "40414243", "5051525354555657", "606162636465666768696a6b6c6d6e6f" }
            .Select(Convert.FromHexString).ToArray();

    private static readonly string[] Roots =
    [
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
        "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
        "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
        "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
        "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
        "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
    ];

    private static List<byte[]> LeafHashes(int n) => Leaves.Take(n).Select(l => MerkleTree.LeafHash(l)).ToList();

    private static string Hex(byte[] b) => Convert.ToHexString(b).ToLowerInvariant();

    [Fact]
    public void Roots_match_the_rfc_6962_known_answers_for_sizes_0_to_8()
    {
        for (var n = 0; n <= 8; n++)
            Assert.Equal(Roots[n], Hex(MerkleTree.Root(LeafHashes(n))));
    }

    // Audit paths of the 8-leaf reference tree; the hashes are its node hashes as listed in
    // transparency-dev/merkle testonly/constants.go (NodeHashes) and certificate-transparency's merkle_tree_test.cc.
    [Theory]
    [InlineData(0, 1, new string[0])]
    [InlineData(0, 8, new[] { "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7", "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e", "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4" })]
    [InlineData(5, 8, new[] { "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b", "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0", "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7" })]
    [InlineData(2, 3, new[] { "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125" })]
    [InlineData(1, 5, new[] { "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d", "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e", "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b" })]
    public void Inclusion_proofs_match_the_known_answers_and_verify(int index, int size, string[] expected)
    {
        var hashes = LeafHashes(8);
        var proof = MerkleTree.InclusionProof(hashes, index, size);
        Assert.Equal(expected, proof.Select(Hex));
        Assert.True(MerkleTree.VerifyInclusion(index, size, hashes[index], proof, Convert.FromHexString(Roots[size])));
    }

    [Theory]
    [InlineData(1, 1, new string[0])]
    [InlineData(1, 8, new[] { "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7", "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e", "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4" })]
    [InlineData(6, 8, new[] { "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a", "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0", "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7" })]
    [InlineData(2, 5, new[] { "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e", "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b" })]
    public void Consistency_proofs_match_the_known_answers_and_verify(int oldSize, int newSize, string[] expected)
    {
        var proof = MerkleTree.ConsistencyProof(LeafHashes(8), oldSize, newSize);
        Assert.Equal(expected, proof.Select(Hex));
        Assert.True(MerkleTree.VerifyConsistency(oldSize, newSize, Convert.FromHexString(Roots[oldSize]), Convert.FromHexString(Roots[newSize]), proof));
    }

    [Fact]
    public void Generated_trees_of_1_to_300_leaves_prove_every_inclusion_and_sampled_consistency()
    {
        var leaves = Enumerable.Range(0, 300).Select(i => MerkleTree.LeafHash(BitConverter.GetBytes(i * 7919))).ToList();
        for (var n = 1; n <= 300; n++)
        {
            var root = NaiveRoot(leaves.GetRange(0, n));
            Assert.Equal(Hex(root), Hex(MerkleTree.Root(leaves.GetRange(0, n))));
            var cache = new SubtreeCache(leaves);
            for (var i = 0; i < n; i += n <= 40 ? 1 : 7)
            {
                var proof = MerkleTree.InclusionProof(cache, i, n);
                Assert.True(MerkleTree.VerifyInclusion(i, n, leaves[i], proof, root), $"inclusion {i}/{n}");
                Assert.False(MerkleTree.VerifyInclusion(i, n, leaves[(i + 1) % 300], proof, root), $"wrong leaf {i}/{n}");
                if (proof.Count > 0)
                {
                    var damaged = proof.Select(p => (byte[])p.Clone()).ToList();
                    damaged[^1][0] ^= 1;
                    Assert.False(MerkleTree.VerifyInclusion(i, n, leaves[i], damaged, root), $"damaged proof {i}/{n}");
                }
            }
            for (var m = 1; m <= n; m += n <= 40 ? 1 : 11)
            {
                var oldRoot = NaiveRoot(leaves.GetRange(0, m));
                var proof = MerkleTree.ConsistencyProof(cache, m, n);
                Assert.True(MerkleTree.VerifyConsistency(m, n, oldRoot, root, proof), $"consistency {m}/{n}");
                if (m < n)
                {
                    var forked = (byte[])oldRoot.Clone();
                    forked[5] ^= 0x80;
                    Assert.False(MerkleTree.VerifyConsistency(m, n, forked, root, proof), $"forked {m}/{n}");
                }
            }
        }
    }

    [Fact]
    public void Verifiers_reject_malformed_input()
    {
        var hashes = LeafHashes(8);
        var root = Convert.FromHexString(Roots[8]);
        var proof = MerkleTree.InclusionProof(hashes, 3, 8);
        Assert.False(MerkleTree.VerifyInclusion(8, 8, hashes[3], proof, root)); // index beyond the tree
        Assert.False(MerkleTree.VerifyInclusion(3, 4, hashes[3], proof, root)); // wrong size (one proof step too many)
        Assert.False(MerkleTree.VerifyInclusion(3, 8, hashes[3], [.. proof, hashes[0]], root)); // extra hash
        Assert.False(MerkleTree.VerifyInclusion(3, 8, hashes[3], [proof[0][..31], .. proof.Skip(1)], root)); // short hash
        Assert.False(MerkleTree.VerifyConsistency(6, 8, Convert.FromHexString(Roots[6]), root, [])); // empty proof
        Assert.False(MerkleTree.VerifyConsistency(8, 6, root, Convert.FromHexString(Roots[6]), [])); // shrinking
    }

    /// <summary>The definition of MTH, written as plainly as possible, as the reference for generated trees.</summary>
    private static byte[] NaiveRoot(List<byte[]> leaves)
    {
        if (leaves.Count == 1) return leaves[0];
        var k = 1;
        while (k * 2 < leaves.Count) k *= 2;
        return MerkleTree.NodeHash(NaiveRoot(leaves.GetRange(0, k)), NaiveRoot(leaves.GetRange(k, leaves.Count - k)));
    }
}
