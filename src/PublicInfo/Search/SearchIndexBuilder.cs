using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace PublicInfo.Search;

/// <summary>Builds the Lucene index of the guides in memory (RAMDirectory), one segment, BM25 norms.</summary>
public static class SearchIndexBuilder
{
    /// <summary>
    /// Indexes <paramref name="documents"/>, numbered by category id then id (ordinal) so that a category is a
    /// contiguous range and numbering does not depend on input order.
    /// </summary>
    /// <exception cref="ArgumentException">Two documents share an id.</exception>
    public static SearchIndex Build(IEnumerable<SearchDocument> documents, SynonymMap synonyms) =>
        Build(documents, synonyms, slicesWanted: null);

    /// <param name="slicesWanted">How many writers index slices in parallel; null: one per core for large sites.</param>
    internal static SearchIndex Build(IEnumerable<SearchDocument> documents, SynonymMap synonyms, int? slicesWanted)
    {
        var ordered = documents
            .OrderBy(d => d.CategoryId, StringComparer.Ordinal)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToList();
        for (int i = 1; i < ordered.Count; i++)
            if (ordered[i].Id == ordered[i - 1].Id) throw new ArgumentException($"duplicate search document id '{ordered[i].Id}'");

        // Large sites are indexed in contiguous slices, one writer per core, then appended in slice order: the
        // statistics, norms and document order are those of one writer, in about half the time on two cores.
        int slices = Math.Max(1, Math.Min(Math.Max(1, ordered.Count),
            slicesWanted ?? (ordered.Count < MinSlice * 2 ? 1 : Math.Min(Environment.ProcessorCount, ordered.Count / MinSlice))));
        int perSlice = Math.Max(1, (ordered.Count + slices - 1) / slices);
        var parts = new RAMDirectory[slices];
        Parallel.For(0, slices, i =>
        {
            parts[i] = new RAMDirectory();
            using var writer = new IndexWriter(parts[i], WriterConfig());
            foreach (SearchDocument d in ordered.Skip(i * perSlice).Take(perSlice)) writer.AddDocument(ToLucene(d));
            writer.Commit();
        });
        var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, WriterConfig()))
        {
            writer.AddIndexes(parts);
            writer.ForceMerge(1);
            writer.SetCommitData(new Dictionary<string, string> { [SearchIndex.SynonymsKey] = synonyms.Source });
            writer.Commit();
        }
        foreach (RAMDirectory part in parts) part.Dispose();
        var index = new SearchIndex(directory);
        for (int i = 0; i < ordered.Count; i++)
            if (index.Guides[i].Id != ordered[i].Id)
            {
                index.Dispose();
                throw new InvalidOperationException($"document {i} is '{index.Guides[i].Id}', expected '{ordered[i].Id}'");
            }
        return index;
    }

    /// <summary>Guides per slice below which one writer does all the work (splitting costs a merge).</summary>
    private const int MinSlice = 2_000;

    private static IndexWriterConfig WriterConfig() => new(LuceneVersion.LUCENE_48, new SearchAnalyzer())
    {
        OpenMode = OpenMode.CREATE,
        // Norms are encoded at index time by the similarity, so it must be BM25 here too.
        Similarity = new BM25Similarity(),
        MaxThreadStates = 1,
        // Document numbers must stay in insertion order: log merge policies merge adjacent segments only
        // (TieredMergePolicy may not), and a large buffer avoids most flushes anyway.
        MergePolicy = new LogByteSizeMergePolicy(),
        RAMBufferSizeMB = 256,
    };

    // Ranking needs term frequencies and BM25's length norms, never positions or offsets: leaving them out saves a
    // good part of the indexing work. Lengths and norms are counted the same way either way.
    private static readonly FieldType Counted = CountedType();

    private static FieldType CountedType()
    {
        var type = new FieldType(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_AND_FREQS };
        type.Freeze();
        return type;
    }

    private static Document ToLucene(SearchDocument d)
    {
        var doc = new Document
        {
            new StringField(SearchFields.Id, d.Id, Field.Store.YES),
            new StoredField(SearchFields.Url, d.Url),
            new StoredField(SearchFields.StoredTitle, d.Title),
            new StoredField(SearchFields.StoredSummary, d.Summary),
            new StringField(SearchFields.CategoryId, d.CategoryId, Field.Store.YES),
            new StoredField(SearchFields.CategoryName, d.CategoryName),
        };
        void Text(string field, string value)
        {
            if (!string.IsNullOrWhiteSpace(value)) doc.Add(new Field(field, value, Counted));
        }
        Text("title", d.Title);
        foreach (string alias in d.Aliases) Text("aliases", alias);
        foreach (string material in d.Materials) Text("materials", material);
        Text("summary", d.Summary);
        Text("category", d.CategoryName);
        foreach (string condition in d.Conditions) Text("conditions", condition);
        foreach (string step in d.Steps) Text("steps", step);
        Text("body", d.Body);
        return doc;
    }
}
