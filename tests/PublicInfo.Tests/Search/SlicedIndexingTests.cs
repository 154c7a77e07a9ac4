using PublicInfo.Search;

namespace PublicInfo.Tests.Search;

/// <summary>Large sites are indexed by several writers at once; the result must be the index one writer makes.</summary>
public class SlicedIndexingTests
{
    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    public void Slices_indexed_in_parallel_export_the_same_bytes_as_one_writer(int slices)
    {
        var synonyms = GuideCorpus.Synonyms;
        using var single = SearchIndexBuilder.Build(GuideCorpus.Guides, synonyms, slicesWanted: 1);
        using var sliced = SearchIndexBuilder.Build(GuideCorpus.Guides, synonyms, slicesWanted: slices);

        Assert.True(GuideCorpus.Guides.Count > slices, "the corpus must be larger than the number of slices");
        Assert.Equal(single.Guides.Select(g => g.Id), sliced.Guides.Select(g => g.Id));
        Assert.Equal(Export(single), Export(sliced));
    }

    private static SortedDictionary<string, string> Export(SearchIndex index)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        SearchExporter.Export(index, (name, bytes) => files[name] = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(bytes)));
        return files;
    }
}
