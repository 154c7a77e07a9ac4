using System.Text.Json;
using Xunit;

namespace PublicInfo.Tests.Search;

/// <summary>Which file search.js reads each term from: a synonym rule's bundle when the query needs at least two of its
/// terms and at least half, the term's own file otherwise, and wherever it was first requested after that.</summary>
public sealed class SearchClientSourcesTests
{
    [Fact]
    public void BundlesServeTheTermsTheyShareWithAQueryAndEarlierRequestsAreReused()
    {
        const string script = """
            const m = await import(process.argv[1]);
            const bundles = [
              { url: 'A', terms: ['a', 'b', 'c', 'd'] },
              { url: 'B', terms: ['c', 'd', 'e'] },
              { url: 'C', terms: ['x', 'y', 'z', 'w', 'v'] },
            ];
            const own = (t) => 'own:' + t;
            const requested = new Map();
            const out = [
              m.sourcesOf(['a', 'b', 'c', 'd', 'e', 'q'], bundles, own, requested),
              m.sourcesOf(['x', 'y'], bundles, own, requested),
              m.sourcesOf(['c', 'e', 'z', 'w'], bundles, own, requested),
              m.sourcesOf(['d', 'e'], bundles, own, new Map()),
            ];
            process.stdout.write(JSON.stringify(out));
            """;
        string json = NodeRunner.Run("--input-type=module", "-e", script, new Uri(SearchPaths.SearchJs).AbsoluteUri);
        var sources = JsonSerializer.Deserialize<string[][]>(json)!;

        // A serves four terms; B would then serve only e, which is no gain over e's own file.
        Assert.Equal(["A", "A", "A", "A", "own:e", "own:q"], sources[0]);
        // Two of C's five terms are less than half of it: the bytes of the other three would be for nothing.
        Assert.Equal(["own:x", "own:y"], sources[1]);
        // c and e are read where they were requested; z and w are only two of C's five, so their own files.
        Assert.Equal(["A", "own:e", "own:z", "own:w"], sources[2]);
        // On a fresh page, d and e are two of B's three terms.
        Assert.Equal(["B", "B"], sources[3]);
    }

    [Fact]
    public void ATermInNoFileIsReadFromNoneAndDoesNotCountTowardsABundle()
    {
        const string script = """
            const m = await import(process.argv[1]);
            const bundles = [{ url: 'A', terms: ['a', 'b', 'c', 'd'] }];
            const own = (t) => t.startsWith('x') ? null : 'own:' + t;
            process.stdout.write(JSON.stringify([
              m.sourcesOf(['a', 'b', 'xa', 'q'], bundles, own, new Map()),
              m.sourcesOf(['a', 'xb', 'xc'], bundles, own, new Map()),
            ]));
            """;
        string json = NodeRunner.Run("--input-type=module", "-e", script, new Uri(SearchPaths.SearchJs).AbsoluteUri);
        var sources = JsonSerializer.Deserialize<string?[][]>(json)!;
        Assert.Equal(["A", "A", null, "own:q"], sources[0]);
        // Only a is needed from A's four terms: its own file, not the bundle.
        Assert.Equal(["own:a", null, null], sources[1]);
    }
}
