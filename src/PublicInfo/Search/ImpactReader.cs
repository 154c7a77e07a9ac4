using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace PublicInfo.Search;

/// <summary>
/// A term's impact on a document: the sum, over the weighted fields in their fixed order, of the score
/// Lucene's own BM25Similarity gives a TermQuery on that field boosted by the field's weight.
/// It depends only on the term and the document, so it can be exported and merely added up in the browser.
/// </summary>
internal sealed class ImpactReader
{
    private readonly AtomicReader? _reader;
    private readonly IndexSearcher _searcher;
    private readonly BM25Similarity _similarity = new();

    public ImpactReader(DirectoryReader reader)
    {
        // The builder force-merges to one segment, so document numbers are global.
        _reader = reader.Leaves.Count == 0 ? null : reader.Leaves[0].AtomicReader;
        _searcher = new IndexSearcher(reader) { Similarity = _similarity };
    }

    /// <summary>Every indexed term of the weighted fields, in ordinal order.</summary>
    public IReadOnlyList<string> AllTerms()
    {
        var all = new SortedSet<string>(StringComparer.Ordinal);
        if (_reader is null) return [];
        foreach (var (field, _) in SearchFields.Weighted)
        {
            Terms? terms = _reader.GetTerms(field);
            if (terms is null) continue;
            TermsEnum e = terms.GetEnumerator();
            while (e.MoveNext()) all.Add(e.Term.Utf8ToString());
        }
        return all.ToList();
    }

    /// <summary>The term's impact per document; <paramref name="perField"/> receives the parts, for Explain.</summary>
    public SortedDictionary<int, float> Impacts(string term, List<(string Field, int Doc, float Score, int Freq)>? perField = null)
    {
        var impacts = new SortedDictionary<int, float>();
        if (_reader is null) return impacts;
        var bytes = new BytesRef(term);
        foreach (var (field, boost) in SearchFields.Weighted)
        {
            Terms? terms = _reader.GetTerms(field);
            if (terms is null) continue;
            TermsEnum e = terms.GetEnumerator();
            if (!e.SeekExact(bytes)) continue;

            // Exactly what TermQuery's weight does: statistics, ComputeWeight with the boost, normalize
            // (BM25 ignores the query norm and keeps the top-level boost, here 1).
            CollectionStatistics collection = _searcher.CollectionStatistics(field);
            var statistics = new TermStatistics(bytes, e.DocFreq, e.TotalTermFreq);
            Similarity.SimWeight weight = _similarity.ComputeWeight(boost, collection, statistics);
            weight.GetValueForNormalization();
            weight.Normalize(1f, 1f);
            Similarity.SimScorer scorer = _similarity.GetSimScorer(weight, _reader.AtomicContext);

            DocsEnum docs = e.Docs(_reader.LiveDocs, null, DocsFlags.FREQS);
            int doc;
            while ((doc = docs.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
            {
                float score = scorer.Score(doc, docs.Freq);
                impacts[doc] = impacts.TryGetValue(doc, out float sum) ? sum + score : score;
                perField?.Add((field, doc, score, docs.Freq));
            }
        }
        return impacts;
    }
}
