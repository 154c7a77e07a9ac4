using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text.Json;

namespace PublicInfo.Search;

/// <summary>
/// A SHA-256 of everything in a <see cref="SearchDocument"/>, made once per document and process: both the reuse of the
/// whole export (<c>SearchExportCache</c>) and the reuse of index slices (<see cref="SearchSliceStore"/>) key on it,
/// and serializing 10,000 guides twice per build was measurable.
/// </summary>
public static class SearchDocumentHash
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly ConditionalWeakTable<SearchDocument, byte[]> Known = new();

    public static byte[] Of(SearchDocument document) =>
        Known.GetValue(document, d => SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(d, Json)));

    /// <summary>One hash of <paramref name="documents"/> in order (hashed in parallel on first use).</summary>
    public static byte[] OfAll(IReadOnlyList<SearchDocument> documents)
    {
        var hashes = new byte[documents.Count][];
        Parallel.For(0, documents.Count, i => hashes[i] = Of(documents[i]));
        using var all = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var hash in hashes) all.AppendData(hash);
        return all.GetHashAndReset();
    }
}
