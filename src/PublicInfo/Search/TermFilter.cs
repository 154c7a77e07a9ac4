namespace PublicInfo.Search;

/// <summary>
/// A Bloom filter of the terms kept in hashed shards (the manifest's <c>filter</c>): a term it rules out is in no
/// guide, so the browser need not fetch a shard to learn that. Such terms are mostly bigrams across two words of a
/// query (子出 and 生上 in 孩子出生上户口, 照过 in 护照过期了), each a request of its own before. search.js: <c>mayHold</c>.
/// </summary>
/// <remarks>
/// Bit positions are h1 + i·h2 (mod 2^32, then mod <see cref="Bits"/>) for i below <see cref="Hashes"/>: h1 is FNV-1a over
/// the term's UTF-16 units (as <see cref="ShardKey"/>), h2 the same from another offset basis, made odd. Bit j is bit
/// j mod 8 of byte j / 8. The size is capped: a larger vocabulary gets more false positives (a shard fetched for a term
/// it lacks, as without a filter), never a false negative.
/// </remarks>
public sealed class TermFilter
{
    /// <summary>Bits per term when the cap allows: about one false positive in 2,000.</summary>
    public const int BitsPerTerm = 16;

    private TermFilter(int bits, int hashes, byte[] data) => (Bits, Hashes, Data) = (bits, hashes, data);

    public int Bits { get; }

    public int Hashes { get; }

    public byte[] Data { get; }

    /// <summary>A filter holding <paramref name="terms"/>, of at most <paramref name="maxBytes"/> bytes.</summary>
    public static TermFilter Build(IReadOnlyCollection<string> terms, int maxBytes)
    {
        int bytes = Math.Clamp((terms.Count * BitsPerTerm + 7) / 8, 8, Math.Max(8, maxBytes));
        int bits = bytes * 8;
        int hashes = Math.Clamp((int)Math.Round((double)bits / Math.Max(1, terms.Count) * Math.Log(2)), 1, 16);
        var data = new byte[bytes];
        foreach (string term in terms)
            for (int i = 0; i < hashes; i++)
            {
                int bit = Position(term, i, bits);
                data[bit >> 3] |= (byte)(1 << (bit & 7));
            }
        return new TermFilter(bits, hashes, data);
    }

    /// <summary>False when <paramref name="term"/> is certainly not in the filter.</summary>
    public bool MayHold(string term)
    {
        for (int i = 0; i < Hashes; i++)
        {
            int bit = Position(term, i, Bits);
            if ((Data[bit >> 3] & (1 << (bit & 7))) == 0) return false;
        }
        return true;
    }

    private static int Position(string term, int i, int bits)
    {
        uint h1 = ShardKey.Fnv(term), h2 = ShardKey.Fnv(term, 0x9747B28C) | 1;
        return (int)(unchecked(h1 + (uint)i * h2) % (uint)bits);
    }
}
