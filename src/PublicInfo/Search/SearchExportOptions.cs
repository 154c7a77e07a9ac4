namespace PublicInfo.Search;

/// <summary>Sizes of the static export.</summary>
/// <param name="TargetChunkBytes">Uncompressed bytes a document chunk (display data for results) aims at; sets how many
/// guides share one. Guides of one topic sit together in document order, but a query's top ten are spread over that
/// topic's guides: at 10,000 guides, chunks of 64 took four requests for almost every benchmark query, chunks of about
/// 48 KB (230 of those guides, 2–3 KB with Brotli) one or two. Real summaries are longer, so fewer guides fit.</param>
/// <param name="TargetShardBytes">Uncompressed bytes a term shard aims at; sets the shard count. A query's terms almost
/// never share a shard (whole terms are hashed), so a query loads one shard per term whatever their size, and a shard's
/// other terms are bytes for nothing. At 10,000 guides, 8 KB (about 2,000 shards) instead of 48 KB (490) took the
/// benchmark's first queries from 142 to 56 KB on average (Brotli) for the same number of requests; the manifest's list
/// of shard hashes grew by about 6 KB.</param>
/// <param name="SoloTermBytes">A term whose postings take at least this many bytes (uncompressed) gets a file of its own,
/// listed in the manifest, instead of a hashed shard: hashed, such a term made every query that shared its shard load
/// it too. At 10,000 guides about 1,100 of 2,900 terms are this large.</param>
/// <param name="MaxBestBrotliBytes">Exports up to this size (uncompressed) get Brotli's slow best quality; larger ones a fast one.</param>
/// <param name="SingleShardBytes">Term data up to this size (uncompressed, about a quarter of it compressed) stays in one
/// shard: a bureau's few hundred guides then cost one request for all terms instead of one per term group.</param>
/// <param name="SingleChunkGuides">Up to this many guides, the display data of all of them is one chunk.</param>
public sealed record SearchExportOptions(int TargetChunkBytes = 48_000, int TargetShardBytes = 8_000, int SoloTermBytes = 3_000,
    int MaxBestBrotliBytes = 1_000_000, int SingleShardBytes = 240_000, int SingleChunkGuides = 200);
