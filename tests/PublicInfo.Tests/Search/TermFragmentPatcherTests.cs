using PublicInfo.Search;

namespace PublicInfo.Tests.Search;

/// <summary>The build server patches the last export's term fragments after an edit; the result must be, byte for
/// byte, what computing every term of the new index gives.</summary>
public class TermFragmentPatcherTests
{
    private static readonly IReadOnlyList<SearchDocument> Corpus = SyntheticCorpus.Create(300, seed: 11);

    public static TheoryData<string> Edits => ["same-length wording", "new rare word", "words removed", "title", "two guides", "nothing"];

    [Theory]
    [MemberData(nameof(Edits))]
    public void Patched_fragments_equal_those_of_a_fresh_index(string edit)
    {
        var patcher = new TermFragmentPatcher();
        var guides = Corpus.ToList();
        using (var first = SearchIndexBuilder.Build(guides, SynonymMap.Parse("")))
            Assert.Equal(Hex(SearchExporter.TermFragments(first)), Hex(patcher.Fragments(first, guides)));

        Edit(guides, edit);
        using var second = SearchIndexBuilder.Build(guides, SynonymMap.Parse(""));
        var patched = patcher.Fragments(second, guides);

        Assert.Equal(edit == "nothing" ? 0 : 1, patcher.Patched); // patched, not computed afresh: the averages did not move
        Assert.Equal(Hex(SearchExporter.TermFragments(second)), Hex(patched));
    }

    [Fact]
    public void A_guide_added_computes_every_term_again()
    {
        var patcher = new TermFragmentPatcher();
        var guides = Corpus.Take(200).ToList();
        using (var first = SearchIndexBuilder.Build(guides, SynonymMap.Parse("")))
            patcher.Fragments(first, guides);

        guides.Add(Corpus[250]);
        using var second = SearchIndexBuilder.Build(guides, SynonymMap.Parse(""));
        var fragments = patcher.Fragments(second, guides);

        Assert.Equal(0, patcher.Patched);
        Assert.Equal(Hex(SearchExporter.TermFragments(second)), Hex(fragments));
    }

    /// <summary>Each edit keeps every field's length (and so BM25's rounded averages) or changes it by a few words.</summary>
    private static void Edit(List<SearchDocument> guides, string edit)
    {
        SearchDocument Body(int i, Func<string, string> change) => guides[i] = guides[i] with { Body = change(guides[i].Body) };
        switch (edit)
        {
            case "same-length wording":
                Body(17, b => b.Replace("办理", "申领"));
                break;
            case "new rare word": // new bigrams (their document frequency moves from 0 to 1) and lost ones
                Body(42, b => "鑫" + b[1..]);
                break;
            case "words removed": // bigrams this guide alone had disappear from the index
                Body(99, b => b[..(b.Length - 6)]);
                break;
            case "title":
                guides[5] = guides[5] with { Title = guides[5].Title + "（补领）" };
                break;
            case "two guides":
                Body(3, b => b.Replace("，", "、"));
                Body(250, b => "淼" + b[1..]);
                break;
            case "nothing":
                guides[8] = guides[8] with { };
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(edit));
        }
    }

    private static List<string> Hex(IReadOnlyList<(string Term, byte[] Json)> fragments) =>
        fragments.Select(f => f.Term + "=" + Convert.ToHexString(f.Json)).ToList();
}
