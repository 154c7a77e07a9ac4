using System.Text;
using PublicInfo.Search;

namespace PublicInfo.Tests.Search;

/// A large corpus for size measurements: guides recombined from GuideCorpus's clauses (mostly their own
/// topic's), with place names and seeded pseudo-random nouns for a long tail of rare bigrams.
/// Pessimistic: 20 topics over 10,000 guides make common bigrams far more common than in a real corpus.
internal static class SyntheticCorpus
{
    private static readonly string[] Places = ["北京", "上海", "广州", "深圳", "杭州", "南京", "成都", "武汉", "西安", "重庆",
        "天津", "苏州", "长沙", "郑州", "青岛", "沈阳", "宁波", "昆明", "福州", "合肥", "厦门", "济南", "大连", "哈尔滨"];

    public static IReadOnlyList<SearchDocument> Create(int count, int seed = 7)
    {
        var random = new Random(seed);
        var guides = GuideCorpus.Guides;
        string[] clauses = guides.SelectMany(g => new[] { g.Summary, g.Body }.Concat(g.Steps).Concat(g.Conditions))
            .SelectMany(t => t.Split('，', '。', '、', '；', '：'))
            .Where(c => c.Length > 1).Distinct().ToArray();
        string[] materials = guides.SelectMany(g => g.Materials).Distinct().ToArray();
        string Pick(string[] from) => from[random.Next(from.Length)];
        string Noun() => new(Enumerable.Range(0, 2 + random.Next(2)).Select(_ => (char)(0x4E00 + random.Next(3500))).ToArray());
        // A guide mostly repeats its own topic's wording; a fifth of its clauses come from anywhere.
        string[] own = [];
        string Text(int n)
        {
            var text = new StringBuilder();
            for (int i = 0; i < n; i++)
            {
                text.Append(random.Next(5) == 0 ? Pick(clauses) : Pick(own));
                if (random.Next(3) == 0) text.Append(Noun());
                text.Append(random.Next(4) == 0 ? '。' : '，');
            }
            return text.ToString();
        }

        var docs = new List<SearchDocument>(count);
        for (int i = 0; i < count; i++)
        {
            SearchDocument model = guides[random.Next(guides.Count)];
            own = new[] { model.Summary, model.Body }.Concat(model.Steps).Concat(model.Conditions)
                .SelectMany(t => t.Split('，', '。', '、', '；', '：')).Where(c => c.Length > 1).ToArray();
            string place = Pick(Places);
            docs.Add(new SearchDocument($"g{i:D5}", $"/guides/g{i:D5}/", $"{place}{model.Title}{(random.Next(2) == 0 ? Noun() : "")}",
                model.Aliases.Take(1 + random.Next(model.Aliases.Count)).ToArray(), $"{place}{Text(2)}",
                $"c{random.Next(12):D2}", $"分类{random.Next(12)}",
                Enumerable.Range(0, 3 + random.Next(4)).Select(_ => Pick(materials)).Distinct().ToArray(),
                [Text(1), Text(1)], Enumerable.Range(0, 4).Select(_ => Text(1)).ToArray(), Text(30 + random.Next(40))));
        }
        return docs;
    }
}
