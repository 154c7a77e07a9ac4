using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using PublicInfo.Records;

namespace PublicInfo.Search;

/// <summary>
/// Writes the static export search.js reads: a manifest, term shards (term → impact groups) and document
/// chunks, each with a content hash in its name and .gz/.br copies beside it. Same index, same bytes.
/// </summary>
/// <remarks>
/// Shard format: <c>{"term":[[bits,doc,Δdoc,…],[Δbits,doc,Δdoc,…],…],…}</c>: groups of equal impact in descending
/// impact, documents ascending within a group. Impacts travel as the uint32 bits of the float (the first group's
/// bits, then each group's decrease) so the browser gets the exact value.
/// A large term is in a file of the same format (<c>s0</c>, <c>s1</c>, …: the manifest's <c>solo</c> lists each file's
/// terms), alone or with the other large terms of a synonym phrase (<see cref="SoloGroups"/>), and with the display rows
/// of their best documents (<see cref="TopRows"/>); every other term is in shard <see cref="ShardKey.Of"/>,
/// and in the manifest's <see cref="TermFilter"/> when there are several shards.
/// A synonym rule's terms (<see cref="SynonymBundle"/>) are also together in a bundle (<c>b</c> + the rule's index,
/// listed in the manifest's <c>bundles</c>), in the same format, also with rows: a query names a rule's phrases together.
/// Chunk format: <c>[[id,title,url,summary],…]</c> for documents chunk·n … chunk·n+n−1.
/// </remarks>
public static class SearchExporter
{
    private static readonly JsonWriterOptions JsonOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    /// <summary>Exports <paramref name="index"/> into <paramref name="folder"/>, removing an earlier export there.</summary>
    public static SearchExportResult Export(SearchIndex index, string folder, SearchExportOptions? options = null)
    {
        Directory.CreateDirectory(folder);
        foreach (string old in Directory.GetFiles(folder))
        {
            if (ExportedName.IsMatch(Path.GetFileName(old))) File.Delete(old);
        }
        return Export(index, (name, content) => File.WriteAllBytes(Path.Combine(folder, name), content), options);
    }

    /// <summary>
    /// Exports <paramref name="index"/> through <paramref name="write"/> (file name, bytes), called once per file,
    /// from one thread, in a fixed order: the build keeps the files in memory until the whole site is ready.
    /// </summary>
    /// <param name="earlier">Compressed copies of an earlier export's files, taken for files whose bytes are unchanged.</param>
    /// <param name="cancellation">Stops the export between terms (preview: a newer save makes it obsolete).</param>
    /// <param name="fragments">The index's <see cref="TermFragments"/>, when the caller has them already.</param>
    /// <exception cref="OperationCanceledException">The export was stopped.</exception>
    public static SearchExportResult Export(SearchIndex index, Action<string, byte[]> write, SearchExportOptions? options = null,
        EarlierCompression? earlier = null, CancellationToken cancellation = default,
        IReadOnlyList<(string Term, byte[] Json)>? fragments = null)
    {
        options ??= new SearchExportOptions();
        var files = new ExportFiles();

        fragments ??= TermFragments(index, cancellation);
        long termBytes = 0;
        foreach (var (_, json) in fragments) termBytes += json.Length;
        // Large terms get files of their own; the rest are hashed into shards of about the target size.
        bool oneShard = termBytes <= options.SingleShardBytes;
        var solo = new List<(string Term, byte[] Json)>();
        var shared = new List<(string Term, byte[] Json)>();
        long sharedBytes = 0;
        foreach (var fragment in fragments)
        {
            if (!oneShard && fragment.Json.Length >= options.SoloTermBytes) solo.Add(fragment);
            else
            {
                shared.Add(fragment);
                sharedBytes += fragment.Json.Length;
            }
        }
        int shardCount = oneShard ? 1 : PowerOfTwoNear((double)sharedBytes / options.TargetShardBytes);
        var shards = new List<byte[]>[shardCount];
        for (int i = 0; i < shardCount; i++) shards[i] = [];
        foreach (var (term, json) in shared) shards[ShardKey.Of(term, shardCount)].Add(json);

        var rows = new byte[index.Guides.Count][];
        long rowBytes = 0;
        for (int i = 0; i < rows.Length; i++)
        {
            StoredGuide g = index.Guides[i];
            rows[i] = Json(w =>
            {
                w.WriteStartArray();
                w.WriteStringValue(g.Id);
                w.WriteStringValue(g.Title);
                w.WriteStringValue(g.Url);
                w.WriteStringValue(g.Summary);
                w.WriteEndArray();
            });
            rowBytes += rows[i].Length;
        }
        var shardHashes = new List<string>();
        for (int i = 0; i < shardCount; i++) shardHashes.Add(files.Add($"t{i}", JsonObject(CollectionsMarshal.AsSpan(shards[i]))));
        var soloFiles = SoloGroups.Of(solo, index.Synonyms);
        var soloHashes = new List<string>();
        for (int i = 0; i < soloFiles.Count; i++)
        {
            byte[][] members = [.. soloFiles[i].Select(t => t.Json), TopRows(soloFiles[i], rows, options.TopRowsPerTerm)];
            soloHashes.Add(files.Add($"s{i}", JsonObject(members)));
        }
        var (bundles, bundleHashes) = oneShard ? ([], []) : Bundles(index.Synonyms, fragments, files, rows, options.TopRowsPerTerm);
        // One shard is one request for every term anyway; with many, a term in none of them costs none.
        TermFilter? filter = oneShard ? null : TermFilter.Build(shared.ConvertAll(f => f.Term), options.MaxTermFilterBytes);

        int perChunk = rows.Length <= options.SingleChunkGuides
            ? Math.Max(1, rows.Length)
            : Math.Min(4096, PowerOfTwoNear((double)options.TargetChunkBytes * rows.Length / Math.Max(1, rowBytes)));
        var chunkHashes = new List<string>();
        for (int first = 0; first < rows.Length; first += perChunk)
            chunkHashes.Add(files.Add($"d{first / perChunk}", JsonArray(rows.AsSpan(first, Math.Min(perChunk, rows.Length - first)))));

        byte[] manifest = Json(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("version", 1);
            w.WriteNumber("docs", index.Guides.Count);
            w.WriteNumber("maxQuery", SearchText.MaxQueryLength);
            w.WriteNumber("maxWord", SearchText.MaxWordLength);
            w.WriteNumber("maxVariants", SynonymMap.MaxVariants);
            w.WriteStartArray("fields");
            foreach (var (name, boost) in SearchFields.Weighted)
            {
                w.WriteStartArray();
                w.WriteStringValue(name);
                w.WriteNumberValue(boost);
                w.WriteEndArray();
            }
            w.WriteEndArray();
            w.WriteStartArray("categories");
            foreach (SearchCategory c in index.Categories)
            {
                w.WriteStartArray();
                w.WriteStringValue(c.Id);
                w.WriteStringValue(c.Name);
                w.WriteNumberValue(c.FirstDoc);
                w.WriteNumberValue(c.Count);
                w.WriteEndArray();
            }
            w.WriteEndArray();
            w.WriteStartArray("synonyms");
            foreach (SynonymRule rule in index.Synonyms.Rules)
            {
                w.WriteStartArray();
                StringArray(w, rule.From);
                StringArray(w, rule.To);
                w.WriteEndArray();
            }
            w.WriteEndArray();
            w.WriteNumber("shards", shardCount);
            w.WriteString("shardHashes", string.Concat(shardHashes));
            w.WriteStartArray("solo");
            foreach (var file in soloFiles) StringArray(w, file.Select(t => t.Term));
            w.WriteEndArray();
            w.WriteString("soloHashes", string.Concat(soloHashes));
            if (filter is not null)
            {
                w.WriteStartObject("filter");
                w.WriteNumber("bits", filter.Bits);
                w.WriteNumber("hashes", filter.Hashes);
                w.WriteBase64String("data", filter.Data);
                w.WriteEndObject();
            }
            w.WriteStartArray("bundles");
            foreach (int rule in bundles) w.WriteNumberValue(rule);
            w.WriteEndArray();
            w.WriteString("bundleHashes", string.Concat(bundleHashes));
            w.WriteNumber("chunk", perChunk);
            w.WriteString("chunkHashes", string.Concat(chunkHashes));
            w.WriteEndObject();
        });
        string manifestHash = files.Add("manifest", manifest);
        var (bytes, gzip, brotli, quality) = files.CompressAndWrite(write, options.MaxBestBrotliBytes, earlier, cancellation);
        return new SearchExportResult($"manifest.{manifestHash}.json", index.Guides.Count, shardCount, soloFiles.Count,
            chunkHashes.Count, bytes, gzip, brotli, quality, bundles.Count);
    }

    /// <summary>
    /// The member <c>"":{"doc":[id,title,url,summary],…}</c> (no term is empty) with the display rows of the
    /// <paramref name="count"/> best documents of each of <paramref name="terms"/>: exactly the results of a query of
    /// one of them alone (when no synonym adds terms), such as the first character typed, which then need no document
    /// chunk (one request instead of two or three). A query of several terms takes what rows it finds there and the rest
    /// from the chunks.
    /// </summary>
    private static byte[] TopRows(IEnumerable<(string Term, byte[] Json)> terms, byte[][] rows, int count)
    {
        var docs = new SortedSet<int>();
        foreach (var (_, json) in terms) docs.UnionWith(PostingsJson.FirstDocs(json, count));
        var members = new List<byte[]>(docs.Count);
        foreach (int doc in docs)
            members.Add([.. Encoding.UTF8.GetBytes(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"\"{doc}\":")), .. rows[doc]]);
        return CanonicalJson.Join("\"\":{"u8, CollectionsMarshal.AsSpan(members), "}"u8);
    }

    /// <summary>A bundle file for each synonym rule with at least two terms in the index (a rule with one saves no
    /// request); returns the rules' indexes and the files' hashes, in rule order.</summary>
    private static (List<int> Rules, List<string> Hashes) Bundles(SynonymMap synonyms, IReadOnlyList<(string Term, byte[] Json)> fragments,
        ExportFiles files, byte[][] rows, int topRows)
    {
        var fragmentOf = new Dictionary<string, byte[]>(fragments.Count, StringComparer.Ordinal);
        foreach (var (term, json) in fragments) fragmentOf[term] = json;
        var rules = new List<int>();
        var hashes = new List<string>();
        for (int i = 0; i < synonyms.Rules.Count; i++)
        {
            var members = SynonymBundle.Terms(synonyms.Rules[i]).Where(fragmentOf.ContainsKey).Select(t => (t, fragmentOf[t])).ToArray();
            if (members.Length < 2) continue;
            rules.Add(i);
            // With the rows of each term's best guides, as a large term's file: a query of the rule's phrases (护照过期了
            // reads the bundle of 护照, 普通护照) mostly finds its top ten there and needs no chunk.
            hashes.Add(files.Add($"b{i}", JsonObject([.. members.Select(m => m.Item2), TopRows(members, rows, topRows)])));
        }
        return (rules, hashes);
    }

    private static readonly Regex ExportedName = new(@"^(manifest|[tsdb][0-9]+)\.[0-9a-f]{8}\.json(\.gz|\.br)?$");

    /// <summary>Length of the hash in file names (hex digits of SHA-256).</summary>
    internal const int HashLength = 8;

    /// <summary>Every term of the index with its postings serialized (a shard's member without the braces), in
    /// Lucene's term order (UTF-8 bytes).</summary>
    /// <exception cref="OperationCanceledException">Stopped between terms.</exception>
    public static List<(string Term, byte[] Json)> TermFragments(SearchIndex index, CancellationToken cancellation = default)
    {
        var fragments = new List<(string Term, byte[] Json)>();
        foreach (var (term, impacts) in index.Impacts.AllImpacts())
        {
            cancellation.ThrowIfCancellationRequested();
            fragments.Add((term, TermJson(term, impacts)));
        }
        return fragments;
    }

    /// <summary>One term's postings serialized as in <see cref="TermFragments"/>; <paramref name="impacts"/> in any order.</summary>
    internal static byte[] TermJson(string term, IReadOnlyList<KeyValuePair<int, float>> impacts) =>
        PostingsJson.Fragment(term, ByImpactThenDocument(impacts));

    /// <summary>Postings by impact descending, then document ascending (thousands for a common term, 3,000 terms at
    /// 10,000 guides), each as one key: the impact's bits inverted, then the document. Impacts are never negative, and
    /// such floats order as their bits do, so the keys sort as a primitive array, without a comparison delegate (several
    /// times slower).</summary>
    private static ulong[] ByImpactThenDocument(IReadOnlyList<KeyValuePair<int, float>> impacts)
    {
        var keys = new ulong[impacts.Count];
        for (int i = 0; i < keys.Length; i++) keys[i] = PostingKey(impacts[i].Key, impacts[i].Value);
        Array.Sort(keys);
        return keys;
    }

    /// <summary>A posting's sort key: the impact's bits inverted, then the document.</summary>
    internal static ulong PostingKey(int doc, float impact)
    {
        uint bits = BitConverter.SingleToUInt32Bits(impact);
        if (bits >> 31 != 0 || float.IsNaN(impact))
            throw new InvalidOperationException($"impact {impact} of document {doc} is negative or not a number");
        return ((ulong)~bits << 32) | (uint)doc;
    }

    /// <summary>
    /// The power of two nearest to <paramref name="ideal"/> (at least 1). Shard and chunk counts are rounded this coarsely
    /// so that editing a guide does not change them: with the exact quotient, a sentence added could move the shard count
    /// from 297 to 298, and every term then hashed into another shard, so every shard was written and compressed again.
    /// </summary>
    private static int PowerOfTwoNear(double ideal) => 1 << (int)Math.Round(Math.Log2(Math.Max(1, ideal)));

    /// <summary><c>{m1,m2,…}</c> from object members serialized without their braces.</summary>
    private static byte[] JsonObject(ReadOnlySpan<byte[]> members) => CanonicalJson.Join("{"u8, members, "}"u8);

    /// <summary><c>[v1,v2,…]</c> from serialized values.</summary>
    private static byte[] JsonArray(ReadOnlySpan<byte[]> values) => CanonicalJson.Join("["u8, values, "]"u8);

    private static void StringArray(Utf8JsonWriter w, IEnumerable<string> values)
    {
        w.WriteStartArray();
        foreach (string v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }

    private static byte[] Json(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, JsonOptions)) write(writer);
        return buffer.WrittenSpan.ToArray();
    }
}
