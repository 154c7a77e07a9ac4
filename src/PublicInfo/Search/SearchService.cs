using System.Globalization;
using System.Text;

namespace PublicInfo.Search;

/// <summary>
/// The query path of the CLI. It ranks with the same plan and the same per-term impacts as search.js
/// does from the export, so both give the same order.
/// </summary>
/// <remarks>Not thread-safe (it caches postings); use one per thread.</remarks>
public sealed class SearchService : IDisposable
{
    private readonly SearchIndex _index;
    private readonly bool _owns;
    private readonly Dictionary<string, IReadOnlyDictionary<int, float>> _cache = new(StringComparer.Ordinal);

    /// <summary>Searches <paramref name="index"/>; the caller keeps ownership of it.</summary>
    public SearchService(SearchIndex index) : this(index, owns: false) { }

    private SearchService(SearchIndex index, bool owns)
    {
        _index = index;
        _owns = owns;
    }

    /// <summary>Opens the index saved in <paramref name="folder"/> by <see cref="SearchIndex.Save"/>.</summary>
    public static SearchService Open(string folder) => new(SearchIndex.Open(folder), owns: true);

    /// <summary>The categories, for a category filter.</summary>
    public IReadOnlyList<SearchCategory> Categories => _index.Categories;

    /// <summary>The best <paramref name="top"/> guides for <paramref name="query"/>, optionally within one category.</summary>
    public IReadOnlyList<SearchHit> Search(string query, int top, string? categoryId = null)
    {
        var (first, end) = Range(categoryId);
        QueryPlan plan = QueryPlan.Create(query, _index.Synonyms);
        return plan.Rank(Postings, top, first, end)
            .Select(r =>
            {
                StoredGuide g = _index.Guides[r.Doc];
                return new SearchHit(r.Doc, g.Id, g.Title, g.Url, r.Score);
            })
            .ToList();
    }

    /// <summary>The plan of the query and, per hit, each term's contribution per field.</summary>
    public string Explain(string query, int top, string? categoryId = null)
    {
        QueryPlan plan = QueryPlan.Create(query, _index.Synonyms);
        var text = new StringBuilder();
        text.Append("variants: ").AppendJoin(" | ", plan.Variants).AppendLine();
        foreach (var terms in plan.Required) text.Append("  all of: ").AppendJoin(' ', terms).AppendLine();
        text.Append("scoring terms: ").AppendJoin(' ', plan.ScoringTerms).AppendLine();
        text.Append("fallback terms: ").AppendJoin(' ', plan.FallbackTerms).AppendLine();
        foreach (SearchHit hit in Search(query, top, categoryId))
        {
            text.Append(F(hit.Score)).Append("  #").Append(hit.Doc).Append(' ').Append(hit.Id).Append(' ').AppendLine(hit.Title);
            foreach (string term in plan.ScoringTerms.Concat(plan.FallbackTerms).Distinct())
            {
                var parts = new List<(string Field, int Doc, float Score, int Freq)>();
                var impacts = _index.Impacts.Impacts(term, parts);
                if (!impacts.TryGetValue(hit.Doc, out float impact)) continue;
                text.Append("    ").Append(term).Append(" = ").Append(F(impact)).Append(" (");
                text.AppendJoin(", ", parts.Where(p => p.Doc == hit.Doc).Select(p => $"{p.Field} tf={p.Freq}: {F(p.Score)}"));
                text.AppendLine(")");
            }
        }
        return text.ToString();
    }

    private static string F(float value) => value.ToString("0.000000", CultureInfo.InvariantCulture);

    private (int First, int End) Range(string? categoryId)
    {
        if (string.IsNullOrEmpty(categoryId)) return (0, int.MaxValue);
        SearchCategory? c = _index.Categories.FirstOrDefault(c => c.Id == categoryId);
        return c is null ? (0, 0) : (c.FirstDoc, c.FirstDoc + c.Count);
    }

    private IReadOnlyDictionary<int, float> Postings(string term)
    {
        if (_cache.Count > 4096) _cache.Clear();
        if (!_cache.TryGetValue(term, out var postings))
            _cache[term] = postings = _index.Impacts.Impacts(term);
        return postings;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_owns) _index.Dispose();
    }
}
