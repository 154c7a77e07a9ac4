using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using PublicInfo.Search;
using Xunit;

namespace PublicInfo.Tests.Search;

public class SearchExportTests
{
    private static (string Folder, SearchExportResult Result) Export(IEnumerable<SearchDocument> guides)
    {
        string folder = SearchPaths.NewTempFolder();
        using SearchIndex index = SearchIndexBuilder.Build(guides, GuideCorpus.Synonyms);
        return (folder, SearchExporter.Export(index, folder));
    }

    [Fact]
    public void TwoExportsAreByteIdenticalWhateverTheInputOrder()
    {
        var (a, _) = Export(GuideCorpus.Guides);
        var (b, _) = Export(GuideCorpus.Guides.Reverse());
        try
        {
            string[] names = Directory.GetFiles(a).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;
            Assert.Equal(names, Directory.GetFiles(b).Select(Path.GetFileName).Order(StringComparer.Ordinal));
            foreach (string name in names)
                Assert.True(File.ReadAllBytes(Path.Combine(a, name)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(b, name))), name);
        }
        finally
        {
            Directory.Delete(a, true);
            Directory.Delete(b, true);
        }
    }

    [Fact]
    public void EveryFileIsContentHashedAndHasGzipAndBrotliCopiesOfTheSameBytes()
    {
        var (folder, result) = Export(GuideCorpus.Guides);
        try
        {
            string[] plain = Directory.GetFiles(folder, "*.json");
            Assert.Equal(1 + result.Shards + result.Chunks, plain.Length);
            foreach (string path in plain)
            {
                byte[] bytes = File.ReadAllBytes(path);
                string hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..8];
                Assert.EndsWith($".{hash}.json", path);
                Assert.Equal(bytes, Decompress(path + ".gz", s => new GZipStream(s, CompressionMode.Decompress)));
                Assert.Equal(bytes, Decompress(path + ".br", s => new BrotliStream(s, CompressionMode.Decompress)));
            }
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public void ManifestDescribesTheExport()
    {
        var (folder, result) = Export(GuideCorpus.Guides);
        try
        {
            using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, result.ManifestFile)));
            JsonElement root = manifest.RootElement;
            Assert.Equal(GuideCorpus.Guides.Count, root.GetProperty("docs").GetInt32());
            Assert.Equal(result.Shards, root.GetProperty("shards").GetInt32());
            Assert.Equal(result.Shards * 8, root.GetProperty("shardHashes").GetString()!.Length);
            Assert.Equal(4, root.GetProperty("categories").GetArrayLength());
            Assert.Equal(GuideCorpus.Synonyms.Rules.Count, root.GetProperty("synonyms").GetArrayLength());
            Assert.Equal("转移登记", root.GetProperty("synonyms")[5][1][0].GetString());
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public void ExportingAgainReplacesTheEarlierFilesOnly()
    {
        var (folder, _) = Export(GuideCorpus.Guides);
        try
        {
            File.WriteAllText(Path.Combine(folder, "keep.txt"), "not ours");
            using SearchIndex index = SearchIndexBuilder.Build(GuideCorpus.Guides.Take(5), GuideCorpus.Synonyms);
            SearchExportResult second = SearchExporter.Export(index, folder);
            Assert.True(File.Exists(Path.Combine(folder, "keep.txt")));
            Assert.Equal(3 * (1 + second.Shards + second.Chunks) + 1, Directory.GetFiles(folder).Length);
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    private static byte[] Decompress(string path, Func<Stream, Stream> open)
    {
        using var input = File.OpenRead(path);
        using var decompressed = open(input);
        using var output = new MemoryStream();
        decompressed.CopyTo(output);
        return output.ToArray();
    }
}
