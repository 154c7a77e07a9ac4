namespace PublicInfo.Search;

/// <summary>Sizes of the static export.</summary>
/// <param name="DocumentsPerChunk">Guides per document chunk (display data for results). Guides of one topic sit together
/// in document order, so a query's top ten mostly fall in one or two chunks of 64 (at 16 they spread over up to ten
/// requests); 64 real summaries are about 3–4 KB with Brotli.</param>
/// <param name="TargetShardBytes">Uncompressed bytes a term shard aims at; sets the shard count. A query's terms almost
/// never share a shard (whole terms are hashed), so a query loads one shard per term whatever their size, and a shard's
/// other terms are bytes for nothing. At 10,000 guides, 8 KB (about 2,000 shards) instead of 48 KB (490) took the
/// benchmark's first queries from 142 to 56 KB on average (Brotli) for the same number of requests; the manifest's list
/// of shard hashes grew by about 6 KB.</param>
/// <param name="MaxBestBrotliBytes">Exports up to this size (uncompressed) get Brotli's slow best quality; larger ones a fast one.</param>
/// <param name="SingleShardBytes">Term data up to this size (uncompressed, about a quarter of it compressed) stays in one
/// shard: a bureau's few hundred guides then cost one request for all terms instead of one per term group.</param>
/// <param name="SingleChunkGuides">Up to this many guides, the display data of all of them is one chunk.</param>
public sealed record SearchExportOptions(int DocumentsPerChunk = 64, int TargetShardBytes = 8_000, int MaxBestBrotliBytes = 1_000_000,
    int SingleShardBytes = 240_000, int SingleChunkGuides = 200);
