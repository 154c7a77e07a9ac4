using Lucene.Net.Index;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace PublicInfo.Search;

/// <summary>
/// A built Lucene index with its synonyms: the single source of truth for <see cref="SearchService"/>
/// and <see cref="SearchExporter"/>. Made by <see cref="SearchIndexBuilder.Build(IEnumerable{SearchDocument}, SynonymMap, SearchSliceStore?)"/> or <see cref="Open"/>.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    internal const string SynonymsKey = "publicinfo.synonyms";

    private readonly LuceneDirectory _directory;

    internal SearchIndex(LuceneDirectory directory)
    {
        _directory = directory;
        Reader = DirectoryReader.Open(directory);
        Synonyms = Reader.IndexCommit.UserData.TryGetValue(SynonymsKey, out string? text)
            ? SynonymMap.Parse(text) : SynonymMap.Empty;
        Impacts = new ImpactReader(Reader);

        var guides = new List<StoredGuide>(Reader.MaxDoc);
        var categories = new List<SearchCategory>();
        for (int doc = 0; doc < Reader.MaxDoc; doc++)
        {
            var stored = Reader.Document(doc);
            string categoryId = stored.Get(SearchFields.CategoryId);
            if (categories.Count == 0 || categories[^1].Id != categoryId)
                categories.Add(new SearchCategory(categoryId, stored.Get(SearchFields.CategoryName), doc, 0));
            categories[^1] = categories[^1] with { Count = categories[^1].Count + 1 };
            guides.Add(new StoredGuide(doc, stored.Get(SearchFields.Id), stored.Get(SearchFields.StoredTitle),
                stored.Get(SearchFields.Url), categories.Count - 1, stored.Get(SearchFields.StoredSummary)));
        }
        Guides = guides;
        Categories = categories;
    }

    /// <summary>Opens an index saved by <see cref="Save"/> (SimpleFSDirectory: MMapDirectory misbehaves in beta17).</summary>
    public static SearchIndex Open(string folder) => new(new SimpleFSDirectory(new DirectoryInfo(folder)));

    /// <summary>The synonyms the index was built with.</summary>
    public SynonymMap Synonyms { get; }

    /// <summary>Guides by document number (ordered by category id, then guide id).</summary>
    public IReadOnlyList<StoredGuide> Guides { get; }

    /// <summary>Categories in document order, each a contiguous document range.</summary>
    public IReadOnlyList<SearchCategory> Categories { get; }

    internal DirectoryReader Reader { get; }

    internal ImpactReader Impacts { get; }

    /// <summary>Writes the index files into <paramref name="folder"/>, replacing any index there (other files are left alone).</summary>
    public void Save(string folder)
    {
        System.IO.Directory.CreateDirectory(folder);
        foreach (string old in System.IO.Directory.GetFiles(folder))
        {
            string name = Path.GetFileName(old);
            if (name.StartsWith("segments", StringComparison.Ordinal) || name.StartsWith('_') || name == "write.lock")
                File.Delete(old);
        }
        using var target = new SimpleFSDirectory(new DirectoryInfo(folder));
        foreach (string file in _directory.ListAll())
            _directory.Copy(target, file, file, IOContext.DEFAULT);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Reader.Dispose();
        _directory.Dispose();
    }
}
