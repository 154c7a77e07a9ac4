namespace PublicInfo.Search;

/// <summary>Sizes of the static export.</summary>
/// <param name="DocumentsPerChunk">Guides per document chunk (display data for results).</param>
/// <param name="TargetShardBytes">Uncompressed bytes a term shard aims at; sets the shard count.</param>
public sealed record SearchExportOptions(int DocumentsPerChunk = 16, int TargetShardBytes = 48_000);
