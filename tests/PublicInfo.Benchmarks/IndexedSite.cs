namespace PublicInfo.Benchmarks;

/// <summary>A search index ready to be queried in the browser, and what making it cost.</summary>
/// <param name="Tool">"publicinfo" or "pagefind".</param>
/// <param name="Client">How the browser queries it.</param>
/// <param name="Guides">Guides in the index.</param>
/// <param name="Steps">Named timings in seconds, in order; <paramref name="IndexingStep"/> and <paramref name="ExportStep"/> name
/// the indexing and the writing of the files (null: the tool does both in one step, the indexing one).</param>
/// <param name="Size">The index files' bytes (the client script and its wasm excluded).</param>
public sealed record IndexedSite(string Tool, SearchClient Client, int Guides, IReadOnlyList<(string Name, double Seconds)> Steps,
    string IndexingStep, string? ExportStep, IndexSize Size)
{
    public double IndexingSeconds => Steps.Where(s => s.Name == IndexingStep).Sum(s => s.Seconds);
    public double? ExportSeconds => ExportStep is null ? null : Steps.Where(s => s.Name == ExportStep).Sum(s => s.Seconds);
}

/// <summary>Index bytes: as written, and compressed where the tool compresses (null when it does not write that form).</summary>
/// <param name="Raw">Bytes on disk of the files a browser fetches (Pagefind's are gzip inside already).</param>
public sealed record IndexSize(int Files, long Raw, long? Gzip, long? Brotli);
