namespace PublicInfo.Records;

/// <summary>One row of the download table on /data/.</summary>
/// <param name="Title">Chinese title of the file.</param>
/// <param name="Description">What one record (row) is.</param>
/// <param name="Path">Site-relative path (no leading slash); for the per-guide records, the pattern <c>data/procedures/&lt;id&gt;.json</c>.</param>
/// <param name="MediaType">IANA media type.</param>
/// <param name="Format">Short format name (JSON, CSV, JSON Schema, JSON-LD).</param>
/// <param name="RecordCount">Records in the file (for the per-guide records: the number of files).</param>
/// <param name="ByteSize">Size in bytes (for the per-guide records: their total); null for the catalogue, which describes the others.</param>
public sealed record DataPageEntry(string Title, string Description, string Path, string MediaType, string Format,
    int RecordCount, long? ByteSize);
