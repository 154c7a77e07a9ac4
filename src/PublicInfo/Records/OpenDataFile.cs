namespace PublicInfo.Records;

/// <summary>One file of the open data: where it is served, what it holds, and its bytes.</summary>
/// <param name="Path">Site-relative path without a leading slash, e.g. <c>data/procedures.csv</c>; stable across builds.</param>
/// <param name="Dataset">The id of the dataset it belongs to (a key of the DCAT catalogue, e.g. <c>procedures</c>).</param>
/// <param name="Title">Chinese title shown on the /data/ page.</param>
/// <param name="Description">One sentence on what a record (row) is.</param>
/// <param name="MediaType">IANA media type, e.g. <c>text/csv</c>.</param>
/// <param name="RecordCount">Records (JSON array items, or CSV data rows) in the file.</param>
/// <param name="Bytes">The exact bytes served.</param>
public sealed record OpenDataFile(string Path, string Dataset, string Title, string Description, string MediaType,
    int RecordCount, byte[] Bytes)
{
    /// <summary>The short format name (JSON, CSV, JSON-LD, JSON Schema) for people and for <c>dct:format</c>.</summary>
    public string Format => MediaType switch
    {
        "text/csv" => "CSV",
        "application/ld+json" => "JSON-LD",
        "application/schema+json" => "JSON Schema",
        _ => "JSON",
    };
}
