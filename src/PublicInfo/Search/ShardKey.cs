namespace PublicInfo.Search;

/// <summary>
/// Which shard holds a term: FNV-1a over its UTF-16 code units. Hashing the whole term (not its first
/// character) keeps shards even, so a query loads only shards of the terms it needs. search.js: <c>shardOf</c>.
/// </summary>
public static class ShardKey
{
    /// <summary>The shard of <paramref name="term"/> among <paramref name="shardCount"/>.</summary>
    public static int Of(string term, int shardCount)
    {
        uint h = 2166136261;
        foreach (char c in term) h = unchecked((h ^ c) * 16777619);
        return (int)(h % (uint)shardCount);
    }
}
