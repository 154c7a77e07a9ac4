using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace PublicInfo.Search;

/// <summary>Builds the Lucene index of the guides in memory (RAMDirectory), one segment per slice of guides, BM25 norms.</summary>
public static class SearchIndexBuilder
{
    /// <summary>Guides per slice: each slice is indexed by its own writer (in parallel) into its own segment.</summary>
    internal const int DefaultSliceSize = 250;

    /// <summary>
    /// Indexes <paramref name="documents"/>, numbered by category id then id (ordinal) so that a category is a
    /// contiguous range and numbering does not depend on input order.
    /// </summary>
    /// <param name="documents">The guides, in any order.</param>
    /// <param name="synonyms">Recorded in the index, for the query side.</param>
    /// <param name="slices">Segments of earlier builds to reuse for slices whose guides are unchanged; null indexes all.</param>
    /// <exception cref="ArgumentException">Two documents share an id.</exception>
    public static SearchIndex Build(IEnumerable<SearchDocument> documents, SynonymMap synonyms, SearchSliceStore? slices = null) =>
        Build(documents, synonyms, DefaultSliceSize, slices);

    /// <param name="documents">The guides, in any order.</param>
    /// <param name="synonyms">Recorded in the index, for the query side.</param>
    /// <param name="store">Where slices are reused from and kept; null indexes every slice and keeps none.</param>
    /// <param name="sliceSize">At most this many guides per slice (tests use small slices to exercise many segments).</param>
    /// <param name="oneSegment">Merge the slices into one segment (tests compare the two).</param>
    internal static SearchIndex Build(IEnumerable<SearchDocument> documents, SynonymMap synonyms, int sliceSize, SearchSliceStore? store,
        bool oneSegment = false)
    {
        var ordered = documents
            .OrderBy(d => d.CategoryId, StringComparer.Ordinal)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToList();
        for (int i = 1; i < ordered.Count; i++)
            if (ordered[i].Id == ordered[i - 1].Id) throw new ArgumentException($"duplicate search document id '{ordered[i].Id}'");

        // Slices follow categories (then runs of sliceSize within one): an edit, or a guide added to one category,
        // changes the slices of that category only, so the others' segments can be reused from the last build.
        // Segments are appended in slice order, and BM25's statistics are the index's, not a segment's: the ranking
        // is the one a single writer gives (SlicedIndexingTests compares the exports).
        var parts = ordered
            .GroupBy(d => d.CategoryId, StringComparer.Ordinal)
            .SelectMany(category => category.Chunk(Math.Max(1, sliceSize)))
            .ToList();
        var segments = new LuceneDirectory[parts.Count];
        Parallel.For(0, parts.Count, i =>
        {
            var key = store is null ? null : SearchSliceStore.KeyOf(parts[i]);
            if (key is not null && store!.TryOpen(key) is { } kept)
            {
                segments[i] = kept;
                return;
            }
            var slice = new RAMDirectory();
            using (var writer = new IndexWriter(slice, WriterConfig()))
            {
                foreach (SearchDocument d in parts[i]) writer.AddDocument(ToLucene(d));
                writer.ForceMerge(1);
                writer.Commit();
            }
            if (key is not null) store!.Keep(key, slice);
            segments[i] = slice;
        });
        var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, WriterConfig(merge: oneSegment)))
        {
            if (segments.Length > 0) writer.AddIndexes(segments);
            if (oneSegment) writer.ForceMerge(1);
            writer.SetCommitData(new Dictionary<string, string> { [SearchIndex.SynonymsKey] = synonyms.Source });
            writer.Commit();
        }
        foreach (LuceneDirectory segment in segments)
            if (store is null) segment.Dispose();
            else store.Release(segment);
        store?.Prune();
        var index = new SearchIndex(directory, ordered);
        // Document numbers must follow the slices' order (the guides' values are taken from it, not read back): the
        // first and last document of every slice are checked against the ids stored with them.
        var first = 0;
        foreach (var part in parts)
        {
            foreach (var i in new[] { first, first + part.Length - 1 })
                if (index.StoredId(i) is var stored && stored != ordered[i].Id)
                {
                    index.Dispose();
                    throw new InvalidOperationException($"document {i} is '{stored}', expected '{ordered[i].Id}'");
                }
            first += part.Length;
        }
        return index;
    }

    /// <param name="merge">False for the writer that appends the slices' segments: merging them would only cost time.</param>
    private static IndexWriterConfig WriterConfig(bool merge = true) => new(LuceneVersion.LUCENE_48, new SearchAnalyzer())
    {
        OpenMode = OpenMode.CREATE,
        // Norms are encoded at index time by the similarity, so it must be BM25 here too.
        Similarity = new BM25Similarity(),
        MaxThreadStates = 1,
        // Document numbers must stay in insertion order: log merge policies merge adjacent segments only
        // (TieredMergePolicy may not), and a large buffer avoids most flushes anyway.
        MergePolicy = merge ? new LogByteSizeMergePolicy() : NoMergePolicy.NO_COMPOUND_FILES,
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
