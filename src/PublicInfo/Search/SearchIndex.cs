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

    /// <param name="documents">The documents the index was just built from, in document order: their stored values
    /// are taken from here instead of being read back from the index (10,000 stored documents to decompress).</param>
    internal SearchIndex(LuceneDirectory directory, IReadOnlyList<SearchDocument>? documents = null)
    {
        _directory = directory;
        Reader = DirectoryReader.Open(directory);
        Synonyms = Reader.IndexCommit.UserData.TryGetValue(SynonymsKey, out string? text)
            ? SynonymMap.Parse(text) : SynonymMap.Empty;
        Impacts = new ImpactReader(Reader);
        if (documents is not null && documents.Count != Reader.MaxDoc)
        {
            Reader.Dispose();
            throw new InvalidOperationException($"the index has {Reader.MaxDoc} documents, expected {documents.Count}");
        }

        var guides = new List<StoredGuide>(Reader.MaxDoc);
        var categories = new List<SearchCategory>();
        for (int doc = 0; doc < Reader.MaxDoc; doc++)
        {
            var (id, title, url, summary, categoryId, categoryName) = documents is null ? Stored(doc) : Given(documents[doc]);
            if (categories.Count == 0 || categories[^1].Id != categoryId)
                categories.Add(new SearchCategory(categoryId, categoryName, doc, 0));
            categories[^1] = categories[^1] with { Count = categories[^1].Count + 1 };
            guides.Add(new StoredGuide(doc, id, title, url, categories.Count - 1, summary));
        }
        Guides = guides;
        Categories = categories;
    }

    private (string Id, string Title, string Url, string Summary, string CategoryId, string CategoryName) Stored(int doc)
    {
        var stored = Reader.Document(doc);
        return (stored.Get(SearchFields.Id), stored.Get(SearchFields.StoredTitle), stored.Get(SearchFields.Url),
            stored.Get(SearchFields.StoredSummary), stored.Get(SearchFields.CategoryId), stored.Get(SearchFields.CategoryName));
    }

    private static (string, string, string, string, string, string) Given(SearchDocument d) =>
        (d.Id, d.Title, d.Url, d.Summary, d.CategoryId, d.CategoryName);

    /// <summary>The id stored with document <paramref name="doc"/>.</summary>
    internal string StoredId(int doc) => Reader.Document(doc).Get(SearchFields.Id);

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
