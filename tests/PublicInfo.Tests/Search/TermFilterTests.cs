using System.Text.Json;
using PublicInfo.Search;
using Xunit;

namespace PublicInfo.Tests.Search;

/// <summary>The manifest's filter of shard terms: never rules out a term it holds, rarely lets through one it lacks,
/// stays within its cap, and search.js reads it bit for bit as the exporter wrote it.</summary>
public sealed class TermFilterTests
{
    private static readonly string[] Held = Bigrams("申请人持居民身份证机动车驾驶证护照户口簿出生医学证明到公安机关办理登记手续") .Concat(
        Enumerable.Range(0, 1500).Select(i => "词" + i)).Distinct().ToArray();

    private static readonly string[] Absent = Enumerable.Range(0, 4000).Select(i => "无" + i).Concat(["子出", "生上", "照过", "passport"]).ToArray();

    [Fact]
    public void EveryTermItHoldsPassesAndFewOthersDo()
    {
        var filter = TermFilter.Build(Held, 8_192);
        Assert.All(Held, t => Assert.True(filter.MayHold(t), t));
        int passed = Absent.Count(filter.MayHold);
        Assert.True(passed < Absent.Length / 100, $"{passed} of {Absent.Length} absent terms passed");
        Assert.InRange(filter.Data.Length, Held.Length * TermFilter.BitsPerTerm / 8, Held.Length * TermFilter.BitsPerTerm / 8 + 1);
    }

    [Fact]
    public void ACapKeepsItSmallAtTheCostOfFalsePositivesNeverOfMisses()
    {
        var filter = TermFilter.Build(Held, 256);
        Assert.Equal(256, filter.Data.Length);
        Assert.All(Held, t => Assert.True(filter.MayHold(t), t));
        Assert.True(Absent.Count(filter.MayHold) > Absent.Length / 100); // crowded: more pass, as the cap trades off
    }

    [Fact]
    public void NodeAnswersAsTheExporterWrote()
    {
        var filter = TermFilter.Build(Held, 8_192);
        string manifestFilter = JsonSerializer.Serialize(new { bits = filter.Bits, hashes = filter.Hashes, data = Convert.ToBase64String(filter.Data) });
        string[] terms = [.. Held.Take(300), .. Absent];
        string script = $$"""
            const m = await import(process.argv[1]);
            const filter = {{manifestFilter}};
            process.stdout.write(JSON.stringify({{JsonSerializer.Serialize(terms)}}.map((t) => m.mayHold(filter, t))));
            """;
        var js = JsonSerializer.Deserialize<bool[]>(NodeRunner.Run("--input-type=module", "-e", script, new Uri(SearchPaths.SearchJs).AbsoluteUri))!;
        Assert.Equal(terms.Select(filter.MayHold), js);
        Assert.Contains(false, js);
    }

    private static IEnumerable<string> Bigrams(string text) => Enumerable.Range(0, text.Length - 1).Select(i => text.Substring(i, 2));
}
