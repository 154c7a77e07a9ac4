using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using PublicInfo.Search;
using Xunit;

namespace PublicInfo.Tests.Search;

public class SearchExportTests
{
    /// <summary>An export in a temporary folder, deleted when disposed.</summary>
    private sealed record Exported(string Folder, SearchExportResult Result) : IDisposable
    {
        public void Dispose() => Directory.Delete(Folder, true);
    }

    private static Exported Export(IEnumerable<SearchDocument> guides, SearchExportOptions? options = null)
    {
        using SearchIndex index = SearchIndexBuilder.Build(guides, GuideCorpus.Synonyms);
        return Export(index, options);
    }

    private static Exported Export(SearchIndex index, SearchExportOptions? options = null)
    {
        string folder = SearchPaths.NewTempFolder();
        return new Exported(folder, SearchExporter.Export(index, folder, options));
    }

    [Fact]
    public void TwoExportsAreByteIdenticalWhateverTheInputOrder()
    {
        using Exported first = Export(GuideCorpus.Guides), second = Export(GuideCorpus.Guides.Reverse());
        string a = first.Folder, b = second.Folder;
        string[] names = Directory.GetFiles(a).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;
        Assert.Equal(names, Directory.GetFiles(b).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (string name in names)
            Assert.True(File.ReadAllBytes(Path.Combine(a, name)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(b, name))), name);
    }

    [Fact]
    public void EveryFileIsContentHashedAndHasGzipAndBrotliCopiesOfTheSameBytes()
    {
        using var export = Export(GuideCorpus.Guides);
        var (folder, result) = export;
        string[] plain = Directory.GetFiles(folder, "*.json");
        Assert.Equal(result.Files, plain.Length);
        foreach (string path in plain)
        {
            byte[] bytes = File.ReadAllBytes(path);
            string hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..8];
            Assert.EndsWith($".{hash}.json", path);
            Assert.Equal(bytes, Decompress(path + ".gz", s => new GZipStream(s, CompressionMode.Decompress)));
            Assert.Equal(bytes, Decompress(path + ".br", s => new BrotliStream(s, CompressionMode.Decompress)));
        }
    }

    [Fact]
    public void ManifestDescribesTheExport()
    {
        using var export = Export(GuideCorpus.Guides);
        var (folder, result) = export;
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, result.ManifestFile)));
        JsonElement root = manifest.RootElement;
        Assert.Equal(GuideCorpus.Guides.Count, root.GetProperty("docs").GetInt32());
        Assert.Equal(result.Shards, root.GetProperty("shards").GetInt32());
        Assert.Equal(result.Shards * 8, root.GetProperty("shardHashes").GetString()!.Length);
        Assert.Equal(4, root.GetProperty("categories").GetArrayLength());
        Assert.Equal(GuideCorpus.Synonyms.Rules.Count, root.GetProperty("synonyms").GetArrayLength());
        Assert.Equal("转移登记", root.GetProperty("synonyms")[5][1][0].GetString());
    }

    [Fact]
    public void LargeTermsHaveFilesOfTheirOwnOrTheirPhrasesAndEveryOtherTermIsInItsHashedShard()
    {
        using SearchIndex index = SearchIndexBuilder.Build(GuideCorpus.Guides, GuideCorpus.Synonyms);
        var options = new SearchExportOptions(TargetShardBytes: 2_000, SoloTermBytes: 60, SingleShardBytes: 0);
        using var export = Export(index, options);
        var (folder, result) = export;
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, result.ManifestFile)));
        JsonElement root = manifest.RootElement;
        string[][] solo = root.GetProperty("solo").EnumerateArray().Select(f => f.EnumerateArray().Select(e => e.GetString()!).ToArray()).ToArray();
        string soloHashes = root.GetProperty("soloHashes").GetString()!, shardHashes = root.GetProperty("shardHashes").GetString()!;
        Assert.Equal(result.SoloFiles, solo.Length);
        Assert.InRange(solo.Sum(f => f.Length), 2, index.Impacts.AllImpacts().Count() - 1);
        Assert.Contains(solo, f => f.Length > 1);

        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var shardTerms = new List<string>();
        for (int i = 0; i < solo.Length; i++)
        {
            string name = $"s{i}.{soloHashes.Substring(i * 8, 8)}.json";
            using var file = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, name)));
            var properties = file.RootElement.EnumerateObject().ToArray();
            Assert.Equal([.. solo[i], ""], properties.Select(p => p.Name));
            foreach (JsonProperty property in properties[..^1])
            {
                Assert.True(property.Value.GetRawText().Length + property.Name.Length >= options.SoloTermBytes - 8, property.Name);
                seen.Add(property.Name, name);
            }
            // The rows of each term's best guides (a query of that term alone), as the chunks have them.
            Assert.Equal(BestDocs(index, solo[i], options.TopRowsPerTerm), properties[^1].Value.EnumerateObject().Select(r => int.Parse(r.Name)));
            foreach (JsonProperty row in properties[^1].Value.EnumerateObject())
                Assert.Equal(index.Guides[int.Parse(row.Name)].Id, row.Value[0].GetString());
        }
        for (int i = 0; i < result.Shards; i++)
        {
            string name = $"t{i}.{shardHashes.Substring(i * 8, 8)}.json";
            using var file = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, name)));
            foreach (JsonProperty term in file.RootElement.EnumerateObject())
            {
                Assert.Equal(i, ShardKey.Of(term.Name, result.Shards));
                seen.Add(term.Name, name); // throws if a term were in two files
                shardTerms.Add(term.Name);
            }
        }
        // The manifest's filter lets every shard term through (the browser would take a term it rules out as absent).
        JsonElement filter = root.GetProperty("filter");
        var expected = TermFilter.Build(shardTerms, options.MaxTermFilterBytes);
        Assert.Equal(Convert.ToBase64String(expected.Data), filter.GetProperty("data").GetString());
        Assert.Equal(expected.Bits, filter.GetProperty("bits").GetInt32());
        Assert.Equal(expected.Hashes, filter.GetProperty("hashes").GetInt32());
        Assert.All(shardTerms, t => Assert.True(expected.MayHold(t), t));
        Assert.Equal(index.Impacts.AllImpacts().Select(t => t.Term).Order(StringComparer.Ordinal), seen.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EachSynonymRulesBundleHoldsEveryTermOfItsPhrasesInTheIndexWithTheBytesOfItsOwnFile()
    {
        using SearchIndex index = SearchIndexBuilder.Build(GuideCorpus.Guides, GuideCorpus.Synonyms);
        var options = new SearchExportOptions(TargetShardBytes: 2_000, SoloTermBytes: 60, SingleShardBytes: 0);
        using var export = Export(index, options);
        var (folder, result) = export;
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, result.ManifestFile)));
        JsonElement root = manifest.RootElement;
        int[] bundled = root.GetProperty("bundles").EnumerateArray().Select(e => e.GetInt32()).ToArray();
        string hashes = root.GetProperty("bundleHashes").GetString()!;
        Assert.Equal(result.Bundles, bundled.Length);
        Assert.Equal(bundled.Length * 8, hashes.Length);

        // Every term's postings as its own file (solo or shard) has them.
        var own = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string path in Directory.GetFiles(folder, "*.json").Where(p => Path.GetFileName(p)[0] is 's' or 't'))
        {
            using var file = JsonDocument.Parse(File.ReadAllBytes(path));
            foreach (JsonProperty term in file.RootElement.EnumerateObject())
                if (term.Name != "") own.Add(term.Name, term.Value.GetRawText()); // "": display rows, no term
        }
        for (int rule = 0; rule < GuideCorpus.Synonyms.Rules.Count; rule++)
        {
            string[] present = SynonymBundle.Terms(GuideCorpus.Synonyms.Rules[rule]).Where(own.ContainsKey).ToArray();
            int k = Array.IndexOf(bundled, rule);
            if (present.Length < 2)
            {
                Assert.Equal(-1, k); // one term or none: the bundle would save no request
                continue;
            }
            Assert.NotEqual(-1, k);
            using var bundle = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, $"b{rule}.{hashes.Substring(k * 8, 8)}.json")));
            var members = bundle.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
            Assert.Equal(present.Append("").Order(StringComparer.Ordinal), members.Keys.Order(StringComparer.Ordinal));
            foreach (string term in present) Assert.Equal(own[term], members[term].GetRawText());
            // And the display rows of each term's best guides, as a large term's file has them.
            Assert.Equal(BestDocs(index, present, options.TopRowsPerTerm), members[""].EnumerateObject().Select(r => int.Parse(r.Name)));
        }
        Assert.True(bundled.Length >= 3, $"only {bundled.Length} bundles: the corpus does not test them");
    }

    [Fact]
    public void ASmallSiteInOneShardHasNoBundles()
    {
        using var export = Export(GuideCorpus.Guides);
        Assert.Equal((1, 0), (export.Result.Shards, export.Result.Bundles));
        Assert.Empty(Directory.GetFiles(export.Folder, "b*.json"));
    }

    [Fact]
    public void AGuideEditedWithNewWordsKeepsTheShardCount()
    {
        // Small shards and no solo terms: the sentence's new terms add more than one shard's worth of bytes, which moved
        // an exactly computed shard count, and with it nearly every term to another shard.
        var options = new SearchExportOptions(TargetShardBytes: 300, SoloTermBytes: int.MaxValue, SingleShardBytes: 0);
        var edited = GuideCorpus.Guides.Select((g, i) => i == 3 ? g with { Body = g.Body + "甲乙丙丁戊己庚辛壬癸寅卯辰巳午未酉戌亥。" } : g);
        using Exported a = Export(GuideCorpus.Guides, options), b = Export(edited, options);
        string before = a.Folder, after = b.Folder;
        static long ShardBytes(string folder) => Directory.GetFiles(folder, "t*.json").Sum(f => new FileInfo(f).Length);
        Assert.True(ShardBytes(after) - ShardBytes(before) > options.TargetShardBytes,
            $"{ShardBytes(before)} → {ShardBytes(after)} bytes: the edit is too small to test anything");
        Assert.Equal(a.Result.Shards, b.Result.Shards);
    }

    [Fact]
    public void PostingsComeByImpactDescendingThenDocumentAscending()
    {
        using var export = Export(GuideCorpus.Guides);
        string folder = export.Folder;
        int terms = 0, groups = 0;
        foreach (string path in Directory.GetFiles(folder, "t*.json"))
        {
            using var shard = JsonDocument.Parse(File.ReadAllBytes(path));
            foreach (JsonProperty term in shard.RootElement.EnumerateObject())
            {
                terms++;
                long bits = -1;
                foreach (JsonElement group in term.Value.EnumerateArray())
                {
                    groups++;
                    long[] values = group.EnumerateArray().Select(v => v.GetInt64()).ToArray();
                    // Later groups carry the drop in impact bits, which must leave a smaller float (no wrap-around: the
                    // client's uint arithmetic would decode even an ascending order); documents rise within a group.
                    if (bits >= 0) Assert.True(values[0] > 0 && values[0] < bits, $"{term.Name}: impacts not descending");
                    bits = bits < 0 ? values[0] : bits - values[0];
                    Assert.True(values[1] >= 0 && values.Skip(2).All(delta => delta > 0), $"{term.Name}: documents not ascending");
                }
            }
        }
        Assert.True(groups > terms, $"{groups} groups for {terms} terms: no term with two impacts to order");
    }

    [Fact]
    public void AStoppedExportWritesNothing()
    {
        using SearchIndex index = SearchIndexBuilder.Build(GuideCorpus.Guides, GuideCorpus.Synonyms);
        using var stop = new CancellationTokenSource();
        stop.Cancel();
        int written = 0;
        Assert.ThrowsAny<OperationCanceledException>(() => SearchExporter.Export(index, (_, _) => written++, cancellation: stop.Token));
        Assert.Equal(0, written);
    }

    [Fact]
    public void ChunksHoldAboutTheTargetBytesOfGuides()
    {
        using SearchIndex index = SearchIndexBuilder.Build(GuideCorpus.Guides, GuideCorpus.Synonyms);
        using var export = Export(index, new SearchExportOptions(TargetChunkBytes: 1_000, SingleChunkGuides: 0));
        var (folder, result) = export;
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, result.ManifestFile)));
        int perChunk = manifest.RootElement.GetProperty("chunk").GetInt32();
        string hashes = manifest.RootElement.GetProperty("chunkHashes").GetString()!;
        Assert.Equal((GuideCorpus.Guides.Count + perChunk - 1) / perChunk, result.Chunks);
        Assert.True(result.Chunks > 1, $"{result.Chunks} chunk(s)");
        var ids = new List<string>();
        for (int i = 0; i < result.Chunks; i++)
        {
            byte[] bytes = File.ReadAllBytes(Path.Combine(folder, $"d{i}.{hashes.Substring(i * 8, 8)}.json"));
            if (i < result.Chunks - 1) Assert.InRange(bytes.Length, 500, 1_500);
            using var chunk = JsonDocument.Parse(bytes);
            ids.AddRange(chunk.RootElement.EnumerateArray().Select(row => row[0].GetString()!));
        }
        Assert.Equal(index.Guides.Select(g => g.Id), ids);
    }

    [Fact]
    public void ExportingAgainReplacesTheEarlierFilesOnly()
    {
        using var export = Export(GuideCorpus.Guides);
        string folder = export.Folder;
        File.WriteAllText(Path.Combine(folder, "keep.txt"), "not ours");
        using SearchIndex index = SearchIndexBuilder.Build(GuideCorpus.Guides.Take(5), GuideCorpus.Synonyms);
        SearchExportResult second = SearchExporter.Export(index, folder);
        Assert.True(File.Exists(Path.Combine(folder, "keep.txt")));
        Assert.Equal(3 * (1 + second.Shards + second.SoloFiles + second.Chunks) + 1, Directory.GetFiles(folder).Length);
    }

    /// <summary>The documents among the <paramref name="count"/> best of any of <paramref name="terms"/> (a query of one
    /// of them alone), ascending: the rows a file of those terms carries.</summary>
    private static IEnumerable<int> BestDocs(SearchIndex index, IEnumerable<string> terms, int count) =>
        terms.SelectMany(term => index.Impacts.AllImpacts().Single(t => t.Term == term).Impacts
            .OrderByDescending(p => p.Value).ThenBy(p => p.Key).Take(count).Select(p => p.Key)).Distinct().Order();

    private static byte[] Decompress(string path, Func<Stream, Stream> open)
    {
        using var input = File.OpenRead(path);
        using var decompressed = open(input);
        using var output = new MemoryStream();
        decompressed.CopyTo(output);
        return output.ToArray();
    }
}
