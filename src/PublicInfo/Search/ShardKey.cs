namespace PublicInfo.Search;

/// <summary>
/// Which shard holds a term: FNV-1a over its UTF-16 code units. Hashing the whole term (not its first
/// character) keeps shards even, so a query loads only shards of the terms it needs. search.js: <c>shardOf</c>.
/// </summary>
public static class ShardKey
{
    /// <summary>The shard of <paramref name="term"/> among <paramref name="shardCount"/>.</summary>
    public static int Of(string term, int shardCount) => (int)(Fnv(term) % (uint)shardCount);

    /// <summary>FNV-1a of <paramref name="term"/>'s UTF-16 code units from <paramref name="basis"/> (FNV's own offset
    /// basis by default); <see cref="TermFilter"/> hashes with it too. search.js: <c>fnv</c>.</summary>
    internal static uint Fnv(string term, uint basis = 2166136261)
    {
        uint h = basis;
        foreach (char c in term) h = unchecked((h ^ c) * 16777619);
        return h;
    }
}
