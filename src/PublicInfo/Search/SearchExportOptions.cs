namespace PublicInfo.Search;

/// <summary>Sizes of the static export.</summary>
/// <param name="DocumentsPerChunk">Guides per document chunk (display data for results).</param>
/// <param name="TargetShardBytes">Uncompressed bytes a term shard aims at; sets the shard count.</param>
/// <param name="MaxBestBrotliBytes">Exports up to this size (uncompressed) get Brotli's slow best quality; larger ones a fast one.</param>
public sealed record SearchExportOptions(int DocumentsPerChunk = 16, int TargetShardBytes = 48_000, int MaxBestBrotliBytes = 1_000_000);
