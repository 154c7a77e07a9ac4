namespace PublicInfo.Search;

/// <summary>
/// Which shard holds a term: a hash of its first code point, so a Han character's unigram and the bigrams
/// it starts share a shard and a query of n characters needs at most n shards. search.js: <c>shardOf</c>.
/// </summary>
public static class ShardKey
{
    /// <summary>The shard of <paramref name="term"/> among <paramref name="shardCount"/>.</summary>
    public static int Of(string term, int shardCount)
    {
        uint h = unchecked((uint)char.ConvertToUtf32(term, 0) * 0x9E3779B1u);
        h ^= h >> 15;
        return (int)(h % (uint)shardCount);
    }
}
