namespace PublicInfo.Search;

/// <summary>Sizes of the static export.</summary>
/// <param name="TargetChunkBytes">Uncompressed bytes a document chunk (display data for results) aims at; sets how many
/// guides share one (a power of two). Guides of one topic sit together in document order, but a query's top ten are spread
/// over that topic's guides: at 10,000 guides, chunks of 64 took four requests for almost every benchmark query, chunks
/// of 256 (about 50 KB, 2–3 KB with Brotli) one or two. Real summaries are longer, so fewer guides fit.</param>
/// <param name="TargetShardBytes">Uncompressed bytes a term shard aims at; sets the shard count (a power of two). A
/// query's terms almost never share a shard (whole terms are hashed), so a query loads one shard per term whatever their
/// size, and a shard's other terms are bytes for nothing: small shards, with the large terms kept out of them
/// (<paramref name="SoloTermBytes"/>). At 10,000 guides: 512 shards.</param>
/// <param name="SoloTermBytes">A term whose postings take at least this many bytes (uncompressed) gets a file of its own,
/// listed in the manifest, instead of a hashed shard: hashed, such a term made every query that shared its shard load
/// it too. At 10,000 guides 1,140 of 2,900 terms are this large.</param>
/// <param name="MaxBestBrotliBytes">Exports up to this size (uncompressed) get Brotli's slow best quality; larger ones a fast one.</param>
/// <param name="SingleShardBytes">Term data up to this size (uncompressed, about a quarter of it compressed) stays in one
/// shard: a bureau's few hundred guides then cost one request for all terms instead of one per term group.</param>
/// <param name="SingleChunkGuides">Up to this many guides, the display data of all of them is one chunk.</param>
/// <param name="TopRowsPerTerm">A large term's file and a synonym rule's bundle carry the display data of this many of
/// each of their terms' best guides: one page of results for a query of one term alone, and most of a page for a query
/// of a rule's phrases.</param>
/// <param name="MaxTermFilterBytes">The manifest's <see cref="TermFilter"/> of shard terms takes at most this many bytes
/// (a third more in base64, incompressible; the search page carries it): the 1,780 shard terms of 10,000 generated
/// guides need 3.6 KB.</param>
public sealed record SearchExportOptions(int TargetChunkBytes = 48_000, int TargetShardBytes = 6_000, int SoloTermBytes = 3_000,
    int MaxBestBrotliBytes = 1_000_000, int SingleShardBytes = 240_000, int SingleChunkGuides = 200, int TopRowsPerTerm = 10,
    int MaxTermFilterBytes = 8_192);
