using PublicInfo.Search;

namespace PublicInfo.Tests.Search;

/// <summary>Guides are indexed in slices (one segment each, several writers at once, reused from the last build when
/// unchanged); the result must rank exactly as the index one writer makes.</summary>
public class SlicedIndexingTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    public void Slices_indexed_in_parallel_export_the_same_bytes_as_one_writer(int sliceSize)
    {
        var synonyms = GuideCorpus.Synonyms;
        using var single = SearchIndexBuilder.Build(GuideCorpus.Guides, synonyms, sliceSize: int.MaxValue, store: null, oneSegment: true);
        using var sliced = SearchIndexBuilder.Build(GuideCorpus.Guides, synonyms, sliceSize, store: null);

        Assert.Single(single.Reader.Leaves);
        Assert.True(sliced.Reader.Leaves.Count > 1 && sliced.Reader.Leaves.Count >= GuideCorpus.Guides.Count / sliceSize,
            $"{GuideCorpus.Guides.Count} guides in slices of {sliceSize} must make as many segments, not {sliced.Reader.Leaves.Count}");
        Assert.Equal(single.Guides.Select(g => g.Id), sliced.Guides.Select(g => g.Id));
        Assert.Equal(Export(single), Export(sliced));
    }

    [Fact]
    public void After_one_guide_changes_only_its_slice_is_indexed_again_and_the_export_is_a_fresh_index_s()
    {
        var folder = SearchPaths.NewTempFolder();
        try
        {
            Rebuild(folder);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void Rebuild(string folder)
    {
        var synonyms = GuideCorpus.Synonyms;
        var guides = GuideCorpus.Guides.ToList();
        using (var first = SearchIndexBuilder.Build(guides, synonyms, sliceSize: 3, new SearchSliceStore(folder, "tool-a")))
            Assert.True(first.Reader.Leaves.Count > 3);

        guides[4] = guides[4] with { Body = guides[4].Body + " 另需提交近期免冠照片。" };
        var store = new SearchSliceStore(folder, "tool-a");
        using var incremental = SearchIndexBuilder.Build(guides, synonyms, sliceSize: 3, store);
        using var fresh = SearchIndexBuilder.Build(guides, synonyms, sliceSize: int.MaxValue, store: null, oneSegment: true);

        Assert.Equal(incremental.Reader.Leaves.Count - 1, store.Reused);
        Assert.Equal(Export(fresh), Export(incremental));
        Assert.Equal(incremental.Reader.Leaves.Count, Directory.GetDirectories(folder).Length); // the edited slice's old segment is gone

        var otherTool = new SearchSliceStore(folder, "tool-b");
        using (SearchIndexBuilder.Build(guides, synonyms, sliceSize: 3, otherTool))
            Assert.Equal(0, otherTool.Reused);
    }

    [Fact]
    public void Segments_kept_in_memory_are_reused_from_there_build_after_build_and_give_the_same_export()
    {
        var folder = SearchPaths.NewTempFolder();
        try
        {
            var synonyms = GuideCorpus.Synonyms;
            var guides = GuideCorpus.Guides.ToList();
            var memory = new SliceMemory();
            using (SearchIndexBuilder.Build(guides, synonyms, sliceSize: 3, new SearchSliceStore(folder, "tool-a", memory: memory))) { }
            // From here on the segments come from memory: the copies on disk are not read.
            foreach (var slice in Directory.GetDirectories(folder))
                foreach (var file in Directory.GetFiles(slice)) File.WriteAllText(file, "damaged");

            guides[4] = guides[4] with { Body = guides[4].Body + " 另需提交近期免冠照片。" };
            for (var build = 0; build < 2; build++)
            {
                var store = new SearchSliceStore(folder, "tool-a", memory: memory);
                using var incremental = SearchIndexBuilder.Build(guides, synonyms, sliceSize: 3, store);
                using var fresh = SearchIndexBuilder.Build(guides, synonyms, sliceSize: int.MaxValue, store: null, oneSegment: true);
                Assert.Equal(incremental.Reader.Leaves.Count - (build == 0 ? 1 : 0), store.Reused);
                Assert.Equal(Export(fresh), Export(incremental));
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static SortedDictionary<string, string> Export(SearchIndex index)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        SearchExporter.Export(index, (name, bytes) => files[name] = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(bytes)));
        return files;
    }
}
