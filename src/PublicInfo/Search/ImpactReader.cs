using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace PublicInfo.Search;

/// <summary>
/// A term's impact on a document: the sum, over the weighted fields in their fixed order, of the score Lucene's
/// BM25 (<see cref="SearchSimilarity"/>: average lengths rounded) gives a TermQuery on that field boosted by the field's weight.
/// It depends only on the term and the document, so it can be exported and merely added up in the browser.
/// </summary>
internal sealed class ImpactReader
{
    private readonly AtomicReader? _reader;
    private readonly AtomicReaderContext? _scored;
    private readonly IndexSearcher _searcher;
    private readonly SearchSimilarity _similarity = new();

    public ImpactReader(DirectoryReader reader)
    {
        // One segment per slice of guides: the composite view gives index-wide document numbers, terms with their
        // index-wide statistics, and norms, so impacts do not depend on how the guides were sliced.
        _reader = reader.Leaves.Count switch
        {
            0 => null,
            1 => reader.Leaves[0].AtomicReader,
            _ => SlowCompositeReaderWrapper.Wrap(reader),
        };
        _scored = _reader is null ? null : new NormsOnce(_reader).AtomicContext;
        _searcher = new IndexSearcher(reader) { Similarity = _similarity };
    }

    /// <summary>
    /// Every term with its impacts, in one sequential pass over each field's terms (the export needs them all;
    /// seeking every term in every field costs several times more). Terms come in UTF-8 byte order, Lucene's own,
    /// and each impact adds the fields in the same order as <see cref="Impacts"/>, so the floats are identical.
    /// A term's impacts come in no particular order (the export sorts them by impact anyway).
    /// </summary>
    public IEnumerable<(string Term, List<KeyValuePair<int, float>> Impacts)> AllImpacts()
    {
        if (_reader is null) yield break;
        var cursors = new List<FieldCursor>();
        foreach (var (field, boost) in SearchFields.Weighted)
        {
            if (_reader.GetTerms(field) is not { } terms) continue;
            var cursor = new FieldCursor(field, boost, terms.GetEnumerator());
            if (cursor.MoveNext()) cursors.Add(cursor);
        }
        // A term's sums per document, in arrays over all documents reused from term to term: a dictionary of them cost
        // several times more for the millions of postings of 10,000 guides.
        var sums = new float[_reader.MaxDoc];
        var seen = new bool[_reader.MaxDoc];
        var touched = new List<int>();
        while (cursors.Count > 0)
        {
            BytesRef term = cursors[0].Term;
            foreach (FieldCursor c in cursors)
                if (c.Term.CompareTo(term) < 0) term = c.Term;
            term = BytesRef.DeepCopyOf(term);
            for (int i = 0; i < cursors.Count; i++)
            {
                FieldCursor c = cursors[i];
                if (!c.Term.Equals(term)) continue;
                Similarity.SimScorer scorer = Scorer(c.Field, c.Boost, term, c.Enum);
                DocsEnum docs = c.Enum.Docs(_reader.LiveDocs, null, DocsFlags.FREQS);
                int doc;
                while ((doc = docs.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
                {
                    float score = scorer.Score(doc, docs.Freq);
                    if (seen[doc]) sums[doc] += score;
                    else
                    {
                        seen[doc] = true;
                        sums[doc] = score;
                        touched.Add(doc);
                    }
                }
                if (!c.MoveNext()) cursors.RemoveAt(i--);
            }
            var impacts = new List<KeyValuePair<int, float>>(touched.Count);
            foreach (int doc in touched)
            {
                impacts.Add(new(doc, sums[doc]));
                seen[doc] = false;
            }
            touched.Clear();
            yield return (term.Utf8ToString(), impacts);
        }
    }

    private sealed class FieldCursor(string field, float boost, TermsEnum terms)
    {
        public string Field { get; } = field;
        public float Boost { get; } = boost;
        public TermsEnum Enum { get; } = terms;
        public BytesRef Term => Enum.Term;
        public bool MoveNext() => Enum.MoveNext();
    }

    /// <summary>Exactly what TermQuery's weight does: statistics, ComputeWeight with the boost, normalize
    /// (BM25 ignores the query norm and keeps the top-level boost, here 1).</summary>
    private Similarity.SimScorer Scorer(string field, float boost, BytesRef term, TermsEnum e)
    {
        CollectionStatistics collection = _searcher.CollectionStatistics(field);
        var statistics = new TermStatistics(term, e.DocFreq, e.TotalTermFreq);
        Similarity.SimWeight weight = _similarity.ComputeWeight(boost, collection, statistics);
        weight.GetValueForNormalization();
        weight.Normalize(1f, 1f);
        return _similarity.GetSimScorer(weight, _scored!);
    }

    /// <summary>The reader with each field's norms fetched once. The scorers read norms from it, one scorer per term and
    /// field; over several segments each fetch merged the segments' field infos again (about 4% of an export's time).</summary>
    /// <remarks>Never disposed: closing a filter reader would close the reader it wraps.</remarks>
    private sealed class NormsOnce(AtomicReader reader) : FilterAtomicReader(reader)
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, NumericDocValues?> _norms = new(StringComparer.Ordinal);

        public override NumericDocValues? GetNormValues(string field) => _norms.GetOrAdd(field, f => base.GetNormValues(f));
    }

    /// <summary>
    /// What every impact depends on besides the term's own postings and its documents' lengths: per weighted field, the
    /// document count BM25's idf divides by and the rounded average length. While these stay the same, an edit changes
    /// the impacts of the edited documents' terms only.
    /// </summary>
    public string StatisticsSignature()
    {
        var signature = new System.Text.StringBuilder();
        foreach (var (field, boost) in SearchFields.Weighted)
        {
            CollectionStatistics collection = _searcher.CollectionStatistics(field);
            signature.Append(field).Append(' ').Append(boost.ToString("R", System.Globalization.CultureInfo.InvariantCulture)).Append(' ')
                .Append(collection.MaxDoc).Append(' ')
                .Append(BitConverter.SingleToUInt32Bits(_similarity.AverageLength(collection))).Append('\n');
        }
        return signature.ToString();
    }

    /// <summary>Every term of every weighted field, as (field, term) pairs.</summary>
    public IEnumerable<(string Field, string Term)> FieldTerms()
    {
        if (_reader is null) yield break;
        foreach (var (field, _) in SearchFields.Weighted)
        {
            if (_reader.GetTerms(field) is not { } terms) continue;
            TermsEnum e = terms.GetEnumerator();
            while (e.MoveNext()) yield return (field, e.Term.Utf8ToString());
        }
    }

    /// <summary>
    /// The impacts of <paramref name="terms"/> (in Lucene's term order: UTF-8 bytes), on every document or on the
    /// documents <paramref name="onlyDocs"/> (ascending), each as <see cref="Impacts"/> gives it, to the same float. Each
    /// field's terms are walked once, seeking forward (a fresh enumerator per term and field re-reads every segment's
    /// term index); a document without the term has no entry.
    /// </summary>
    /// <param name="perField">Receives each field's part of each impact, for Explain.</param>
    public List<KeyValuePair<int, float>>[] ImpactsOf(IReadOnlyList<string> terms, IReadOnlyList<int>? onlyDocs = null,
        List<(string Field, int Doc, float Score, int Freq)>? perField = null)
    {
        var sums = new Dictionary<int, float>[terms.Count];
        for (int i = 0; i < sums.Length; i++) sums[i] = [];
        if (_reader is not null)
            foreach (var (field, boost) in SearchFields.Weighted)
            {
                if (_reader.GetTerms(field) is not { } fieldTerms) continue;
                TermsEnum e = fieldTerms.GetEnumerator();
                DocsEnum? postings = null;
                for (int i = 0; i < terms.Count; i++)
                {
                    var bytes = new BytesRef(terms[i]);
                    if (!e.SeekExact(bytes)) continue;
                    Similarity.SimScorer scorer = Scorer(field, boost, bytes, e);
                    postings = e.Docs(_reader.LiveDocs, postings, DocsFlags.FREQS);
                    foreach (int doc in Matching(postings, onlyDocs))
                    {
                        float score = scorer.Score(doc, postings.Freq);
                        sums[i][doc] = sums[i].TryGetValue(doc, out float sum) ? sum + score : score;
                        perField?.Add((field, doc, score, postings.Freq));
                    }
                }
            }
        return sums.Select(s => s.ToList()).ToArray();
    }

    /// <summary>The documents of <paramref name="postings"/>, or those of them in <paramref name="onlyDocs"/>; the
    /// enumerator stands on each one returned (for its frequency).</summary>
    private static IEnumerable<int> Matching(DocsEnum postings, IReadOnlyList<int>? onlyDocs)
    {
        if (onlyDocs is null)
        {
            int doc;
            while ((doc = postings.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS) yield return doc;
            yield break;
        }
        int at = -1;
        foreach (int doc in onlyDocs)
        {
            if (at < doc) at = postings.Advance(doc);
            if (at == DocIdSetIterator.NO_MORE_DOCS) yield break;
            if (at == doc) yield return doc;
        }
    }

    /// <summary>The term's impact per document; <paramref name="perField"/> receives the parts, for Explain.</summary>
    public SortedDictionary<int, float> Impacts(string term, List<(string Field, int Doc, float Score, int Freq)>? perField = null) =>
        new(ImpactsOf([term], perField: perField)[0].ToDictionary());
}
