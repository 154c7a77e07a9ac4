using System.Text.Json;
using Xunit;

namespace PublicInfo.Tests.Search;

/// <summary>search.js keeps only the best <c>top</c> matches of a query instead of sorting every match: the kept ones
/// must be the head of the full order, ties (equal scores, document ascending) included, and the count must be all.</summary>
public sealed class SearchClientRankTests
{
    [Fact]
    public void TheTopOfAQueryIsTheHeadOfTheFullOrder()
    {
        // Impacts take four values only, so most scores tie and the order among them rests on the document number.
        const string script = """
            const m = await import(process.argv[1]);
            const n = 500;
            let seed = 7;
            const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
            const postingsOf = (every) => {
              const docs = [], imp = [];
              for (let d = n - 1; d >= 0; d--) if (next() % every === 0) { docs.push(d); imp.push([0.5, 1, 1.5, 2][next() % 4]); }
              return { docs: Int32Array.from(docs), imp: Float32Array.from(imp) };
            };
            const terms = { a: postingsOf(2), b: postingsOf(3), c: postingsOf(5) };
            const postings = (t) => terms[t];
            const plans = [
              { required: [['a']], scoring: ['a', 'b', 'c'], fallback: [] },
              { required: [['a', 'b'], ['c']], scoring: ['a', 'b', 'c'], fallback: [] },
              { required: [['x']], scoring: ['x'], fallback: ['b'] },
            ];
            const out = [];
            for (const plan of plans)
              for (const [first, end] of [[0, Infinity], [100, 300]]) {
                const full = m.rank(plan, (t) => postings(t) || { docs: new Int32Array(0), imp: new Float32Array(0) }, n, first, end);
                for (const top of [0, 1, 3, 10, 57, full.length, full.length + 5]) {
                  const kept = m.rank(plan, (t) => postings(t) || { docs: new Int32Array(0), imp: new Float32Array(0) }, n, first, end, top);
                  out.push({ full: full.slice(0, top).map((h) => h.doc), kept: kept.map((h) => h.doc), total: kept.total, all: full.length,
                    ties: full.slice(0, top).length - new Set(full.slice(0, top).map((h) => h.score)).size });
                }
              }
            process.stdout.write(JSON.stringify(out));
            """;
        string json = NodeRunner.Run("--input-type=module", "-e", script, new Uri(SearchPaths.SearchJs).AbsoluteUri);
        var cases = JsonSerializer.Deserialize<Case[]>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;

        Assert.Equal(3 * 2 * 7, cases.Length);
        Assert.Contains(cases, c => c.Ties > 5); // the orders compared do rest on ties
        Assert.Contains(cases, c => c.Kept.Length == 57 && c.All > 57); // and the selection did drop matches
        foreach (Case c in cases)
        {
            Assert.Equal(c.Full, c.Kept);
            Assert.Equal(c.All, c.Total);
        }
    }

    private sealed record Case(int[] Full, int[] Kept, int Total, int All, int Ties);
}
