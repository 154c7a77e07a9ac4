using System.Text.Json;
using PublicInfo.Search;

namespace PublicInfo.Tests.Search;

/// <summary>The hand-written reader and writer of a term's fragment: what it writes is the JSON the browser decodes,
/// and what it reads back is what it wrote.</summary>
public class PostingsJsonTests
{
    // Impacts 2.5 (documents 3, 9), 1.25 (document 0), 0.5 (document 41): groups by impact, descending.
    private static readonly ulong[] Keys =
    [
        SearchExporter.PostingKey(3, 2.5f), SearchExporter.PostingKey(9, 2.5f),
        SearchExporter.PostingKey(0, 1.25f), SearchExporter.PostingKey(41, 0.5f),
    ];

    [Theory]
    [InlineData("护照")]
    [InlineData("say \"hi\"\\")]
    public void A_fragment_is_the_term_with_groups_of_impact_bits_and_document_gaps(string term)
    {
        var fragment = PostingsJson.Fragment(term, Keys);

        using var json = JsonDocument.Parse("{" + System.Text.Encoding.UTF8.GetString(fragment) + "}");
        var member = json.RootElement.EnumerateObject().Single();
        Assert.Equal(term, member.Name);
        var groups = member.Value.EnumerateArray().Select(g => g.EnumerateArray().Select(n => n.GetUInt32()).ToArray()).ToArray();
        uint Bits(float f) => BitConverter.SingleToUInt32Bits(f);
        Assert.Equal([Bits(2.5f), 3, 6], groups[0]);
        Assert.Equal([Bits(2.5f) - Bits(1.25f), 0], groups[1]);
        Assert.Equal([Bits(1.25f) - Bits(0.5f), 41], groups[2]);
        Assert.Equal(3, groups.Length);
    }

    [Theory]
    [InlineData("护照")]
    [InlineData("say \"hi\"\\")]
    public void What_is_written_reads_back_as_the_same_keys(string term)
    {
        var fragment = PostingsJson.Fragment(term, Keys);

        Assert.Equal(Keys, PostingsJson.Keys(fragment));
        Assert.Equal(new Dictionary<uint, ulong> { [9] = Keys[1], [41] = Keys[3] }, PostingsJson.KeysOf(fragment, new HashSet<uint> { 9, 41, 77 }));
        Assert.Equal(fragment, PostingsJson.Fragment(fragment.AsSpan(0, PostingsJson.PrefixLength(fragment)), Keys));
        Assert.Equal("[]", System.Text.Encoding.UTF8.GetString(PostingsJson.Fragment(term, [])[PostingsJson.PrefixLength(fragment)..]));
    }
}
