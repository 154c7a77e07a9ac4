namespace PublicInfo.Search;

/// <summary>What an export by <see cref="SearchExporter"/> wrote.</summary>
/// <param name="ManifestFile">Content-hashed manifest file name, relative to the export folder; the page's <c>data-search-manifest</c>.</param>
/// <param name="Documents">Guides exported.</param>
/// <param name="Shards">Term shard files (hashed terms).</param>
/// <param name="SoloFiles">Files of large terms: one each, or those of one synonym phrase together (<see cref="SoloGroups"/>).</param>
/// <param name="Chunks">Document chunk files.</param>
/// <param name="Bytes">Total uncompressed bytes.</param>
/// <param name="GzipBytes">Total bytes of the .gz copies.</param>
/// <param name="BrotliBytes">Total bytes of the .br copies.</param>
/// <param name="BrotliQuality">The Brotli quality of the .br copies (it depends on the export's size).</param>
/// <param name="Bundles">Files of one synonym rule's terms each (<see cref="SynonymBundle"/>).</param>
public sealed record SearchExportResult(string ManifestFile, int Documents, int Shards, int SoloFiles, int Chunks,
    long Bytes, long GzipBytes, long BrotliBytes, int BrotliQuality, int Bundles)
{
    /// <summary>Every file of the export (each also with .gz and .br copies): the manifest, shards, solo files, chunks and bundles.</summary>
    public int Files => 1 + Shards + SoloFiles + Chunks + Bundles;
}
