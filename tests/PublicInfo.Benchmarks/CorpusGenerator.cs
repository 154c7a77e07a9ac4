using System.Globalization;
using System.Text;
using PublicInfo.Content;
using static PublicInfo.Benchmarks.CorpusVocabulary;

namespace PublicInfo.Benchmarks;

/// <summary>Writes a complete, valid site root with N procedure guides composed from <see cref="CorpusVocabulary"/>.</summary>
/// <remarks>Deterministic: guide i depends only on (seed, i), so a fixed seed gives byte-identical files, and the
/// corpus of 1,000 guides is the first 1,000 guides of the corpus of 10,000. Guides are written in parallel.</remarks>
public static class CorpusGenerator
{
    public const int DefaultSeed = 42;

    /// <summary>Bump when the output changes, so cached corpora are regenerated.</summary>
    public const string Version = "2"; // 2: the question-word rule of the shipped synonyms

    /// <summary>The build date the corpus is valid for (no overdue reviews, every guide already in force).</summary>
    public static readonly DateOnly BuildDate = new(2026, 6, 1);

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes the whole site root into <paramref name="root"/> (created; existing generated folders are replaced).</summary>
    public static void Generate(string root, int count, int seed)
    {
        if (count < 0) throw new ArgumentOutOfRangeException(nameof(count));
        foreach (var sub in new[] { "site", "input" })
        {
            var path = Path.Combine(root, sub);
            QuietDisk.Delete(path);
        }
        Write(root, "site/site.yml", SiteYaml());
        Write(root, "site/synonyms.txt", Synonyms());
        Write(root, "input/documents.yml", DocumentsYaml());
        foreach (var (id, text) in Offices()) Write(root, $"input/offices/{id}.yml", text);
        Write(root, "input/pages/about.md", "---\ntitle: 关于本站\n---\n本站发布示例市公安局的办事指南。\n\n内容由各业务部门维护，每年至少复核一次。\n");
        if (count > 0)
            Write(root, "input/notices/2026-05-01-holiday-hours.md",
                $"---\ntitle: 劳动节期间窗口服务时间调整\ndate: 2026-05-01\nprocedures: [{GuideId(0, seed)}]\n---\n劳动节期间各办事窗口上午照常办公。\n");
        foreach (var category in Categories) Directory.CreateDirectory(Path.Combine(root, "input", "procedures", category.Id));
        Parallel.For(0, count, i =>
        {
            var (path, text) = Guide(i, seed);
            Write(root, path, text);
        });
    }

    private static void Write(string root, string relative, string text)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, Utf8);
    }

    public static CategoryVocabulary CategoryOf(int index) => Categories[index % Categories.Length];

    private static Topic TopicOf(int index, int seed)
    {
        var category = CategoryOf(index);
        return category.Topics[(int)(Rng.Mix((ulong)seed, (ulong)index, 0x70_91c) % (ulong)category.Topics.Length)];
    }

    /// <summary>The id of guide <paramref name="index"/> (0-based), e.g. vehicles-transfer-00042.</summary>
    public static string GuideId(int index, int seed) =>
        $"{CategoryOf(index).Id}-{TopicOf(index, seed).Slug}-{(index + 1).ToString("D5", CultureInfo.InvariantCulture)}";

    public static string OfficeId(CategoryVocabulary category, int district) => $"{category.Id}-{DistrictSlugs[district]}";

    private static string OfficeName(CategoryVocabulary category, int district) => $"{City}{Districts[district]}{category.OfficeName}";

    private static string OfficePhone(int categoryIndex, int district) =>
        string.Create(CultureInfo.InvariantCulture, $"0000-8{categoryIndex}{district}{(categoryIndex * 7 + district * 13) % 100:D2}000");

    public const string ComplaintPhone = "0000-12345";

    /// <summary>One guide: its path under the root and its full text (front matter + Markdown body).</summary>
    public static (string Path, string Text) Guide(int index, int seed)
    {
        var rng = new Rng(Rng.Mix((ulong)seed, (ulong)index, 0x6d_a1));
        var category = CategoryOf(index);
        var categoryIndex = Array.IndexOf(Categories, category);
        var topic = TopicOf(index, seed);
        var id = GuideId(index, seed);
        var district = rng.Next(Districts.Length);
        var districtName = Districts[district];
        var variant = rng.Pick(Variants);
        var title = $"{topic.Title}（{variant}）";
        var window = $"{districtName}{category.Window}";
        var office = OfficeName(category, district);
        var y = new StringBuilder(4600);

        y.Append("---\n");
        y.Append("id: ").Append(id).Append('\n');
        y.Append("title: ").Append(Yaml.Scalar(title)).Append('\n');
        y.Append("category: ").Append(category.Id).Append('\n');
        y.Append("item_type: ").Append(topic.ItemType).Append('\n');
        y.Append(string.Create(CultureInfo.InvariantCulture,
            $"codes: {{ catalog: \"{11000 + categoryIndex * 100 + Array.IndexOf(category.Topics, topic):D6}\", implementation: \"1137{district:D2}{index + 1:D8}\" }}\n"));
        y.Append("summary: ").Append(Yaml.Scalar($"{topic.Purpose}，在{districtName}办理。")).Append('\n');
        var aliases = topic.Aliases.Take(1 + rng.Next(topic.Aliases.Length)).Append($"{districtName}{topic.Aliases[0]}").ToList();
        y.Append("aliases: ").Append(Yaml.FlowList(aliases)).Append('\n');
        y.Append("authority: ").Append(Yaml.Scalar($"{Organisation}{districtName}分局{category.Unit}")).Append('\n');
        y.Append("legal_basis:\n");
        foreach (var law in topic.Laws) y.Append("  - { name: ").Append(Yaml.Scalar(law.Name)).Append(", article: ").Append(Yaml.Scalar(law.Article)).Append(" }\n");
        y.Append("audience: ").Append(Yaml.FlowList(category.Id is "special-trades" or "fire-safety" ? ["法人", "其他组织"] : ["自然人"])).Append('\n');
        y.Append("conditions:\n");
        foreach (var c in rng.Sample(category.Conditions, 2 + rng.Next(Math.Min(3, category.Conditions.Length - 1)))) y.Append("  - ").Append(Yaml.Scalar(c)).Append('\n');

        y.Append("materials:\n");
        var optional = rng.Sample(topic.OptionalDocuments, topic.Documents.Length == 0 ? topic.OptionalDocuments.Length : rng.Next(topic.OptionalDocuments.Length + 1));
        foreach (var doc in topic.Documents) AppendMaterial(y, rng, doc, "必要", null);
        foreach (var doc in optional) AppendMaterial(y, rng, doc, rng.Next(3) == 0 ? "容缺后补" : "非必要", rng.Pick(MaterialWhen));

        y.Append("steps:\n");
        var steps = new List<(string Name, string Detail)> { rng.Pick(OpeningSteps) };
        steps.AddRange(rng.Sample(MiddleSteps, 2 + rng.Next(3)).OrderBy(s => Array.IndexOf(MiddleSteps, s)));
        steps.Add(topic.Immediate ? ClosingSteps[2] : ClosingSteps[rng.Next(2)]);
        foreach (var (name, detail) in steps)
        {
            var where = name is "预约" or "网上申报" ? "政务服务网" : name == "送达" ? "邮政速递" : window;
            y.Append("  - { name: ").Append(name).Append(", detail: ").Append(Yaml.Scalar(Fill(detail, title, window, office, 0)))
             .Append(", where: ").Append(Yaml.Scalar(where)).Append(" }\n");
        }

        var unit = rng.Next(2) == 0 ? "工作日" : "日";
        y.Append("time_limit:\n");
        y.Append(string.Create(CultureInfo.InvariantCulture, $"  legal: {{ value: {topic.LegalDays}, unit: {unit} }}\n"));
        var promised = topic.Immediate ? 0 : Math.Max(1, topic.PromisedDays - rng.Next(Math.Max(1, topic.PromisedDays / 2)));
        y.Append(string.Create(CultureInfo.InvariantCulture, $"  promised: {{ value: {promised}, unit: {unit} }}\n"));
        y.Append("case_type: ").Append(topic.Immediate ? "即办件" : "承诺件").Append('\n');

        if (topic.Fees.Length == 0) y.Append("fees: []\n");
        else
        {
            y.Append("fees:\n");
            foreach (var fee in topic.Fees)
                y.Append(string.Create(CultureInfo.InvariantCulture,
                    $"  - {{ name: {Yaml.Scalar(fee.Name)}, amount: {fee.Amount}, unit: {fee.Unit}, basis: {Yaml.Scalar(fee.Basis)} }}\n"));
        }

        var online = rng.Next(10) < 7;
        y.Append(online
            ? string.Create(CultureInfo.InvariantCulture,
                $"online: {{ available: true, depth: {2 + rng.Next(3)}, url: \"https://zwfw.example.invalid/items/{id}\", appointment: {(rng.Next(2) == 0 ? "true" : "false")} }}\n")
            : "online: { available: false }\n");
        var remote = topic.VisitReason.StartsWith("无需到场", StringComparison.Ordinal);
        y.Append(remote ? "visits: { max: 0 }\n" : $"visits: {{ max: 1, reason: {Yaml.Scalar(topic.VisitReason)} }}\n");
        y.Append("scope: ").Append(rng.Pick(Vocabulary.Scopes)).Append('\n');
        var offices = new List<string> { OfficeId(category, district) };
        if (rng.Next(5) == 0) offices.Add(OfficeId(category, (district + 1 + rng.Next(Districts.Length - 1)) % Districts.Length));
        y.Append("offices: ").Append(Yaml.FlowList(offices)).Append('\n');
        y.Append("phones: { consult: ").Append(OfficePhone(categoryIndex, district)).Append(", complaint: ").Append(ComplaintPhone).Append(" }\n");
        y.Append("result: { name: ").Append(Yaml.Scalar(topic.ResultName)).Append(", validity: ").Append(Yaml.Scalar(topic.Validity)).Append(" }\n");
        var statusRoll = rng.Next(100);
        y.Append("status: ").Append(statusRoll < 2 ? "withdrawn" : statusRoll < 4 ? "suspended" : "active").Append('\n');
        var effective = new DateOnly(2019, 1, 1).AddDays(rng.Next(2400));
        y.Append("effective_from: ").Append(effective.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        y.Append("review_due: ").Append(new DateOnly(2027, 1, 1).AddDays(rng.Next(900)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        if (rng.Next(4) == 0) y.Append("change_note: ").Append(Yaml.Scalar(rng.Pick(ChangeNotes))).Append('\n');
        y.Append("---\n");

        AppendBody(y, rng, index, seed, title, window, office, OfficeId(category, district), category, topic, promised);
        return ($"input/procedures/{category.Id}/{id}.md", y.ToString());
    }

    private static readonly string[] ChangeNotes =
        ["承诺时限缩短", "取消复印件要求，改为查验原件", "增加网上办理渠道", "材料清单按新规定调整", "窗口服务时间延长", "收费标准按新文件调整"];

    private static void AppendMaterial(StringBuilder y, Rng rng, string document, string necessity, string? when)
    {
        y.Append("  - document: ").Append(document).Append('\n');
        y.Append("    originals: ").Append(rng.Next(4) == 0 ? '0' : '1').Append('\n');
        y.Append("    copies: ").Append((char)('0' + rng.Next(3))).Append('\n');
        y.Append("    necessity: ").Append(necessity).Append('\n');
        y.Append("    form: ").Append(rng.Pick(Vocabulary.Forms)).Append('\n');
        if (when is not null) y.Append("    when: ").Append(Yaml.Scalar(when)).Append('\n');
        if (rng.Next(3) == 0) y.Append("    note: ").Append(Yaml.Scalar(rng.Pick(MaterialNotes))).Append('\n');
    }

    private static void AppendBody(StringBuilder y, Rng rng, int index, int seed, string title, string window, string office,
        string officeId, CategoryVocabulary category, Topic topic, int days)
    {
        string S(string template) => Fill(template, title, window, office, days);
        y.Append(S(BodySentences[0]));
        foreach (var s in rng.Sample(BodySentences[1..], 3)) y.Append(S(s));
        y.Append("\n\n");
        y.Append("## ").Append(rng.Pick(BodyHeadings)).Append("\n\n");
        foreach (var tip in rng.Sample(category.Tips, 3 + rng.Next(2))) y.Append("- ").Append(tip).Append("。\n");
        foreach (var s in rng.Sample(BodySentences[1..], 2)) y.Append("- ").Append(S(s)).Append('\n');
        y.Append('\n');
        y.Append("办理地点见[").Append(office).Append("](/offices/").Append(officeId).Append("/)。");
        if (index >= Categories.Length)
        {
            var related = index - Categories.Length * (1 + rng.Next(Math.Min(20, index / Categories.Length)));
            y.Append("相关事项见[").Append(TopicOf(related, seed).Title).Append("](/procedures/").Append(GuideId(related, seed)).Append("/)。");
        }
        foreach (var s in rng.Sample(BodySentences[1..], 3)) y.Append(S(s));
        y.Append("\n\n## 办理结果\n\n");
        y.Append("办结后发放").Append(topic.ResultName).Append("，有效期").Append(topic.Validity).Append("。");
        y.Append(topic.Fees.Length == 0 ? "本事项不收费。" : "收费标准见本页收费一栏，按国家规定执行。");
        y.Append("结果可以到").Append(window).Append("领取，也可以选择邮寄。\n\n");
        y.Append("## 办理时间\n\n");
        y.Append(office).Append("工作日上午9时至下午5时办公。");
        y.Append("中午不休息，午间可以办理").Append(category.Name).Append("业务。");
        y.Append(S(rng.Pick(BodySentences[1..])));
        y.Append("\n\n## 常见问题\n\n");
        foreach (var (question, answer) in rng.Sample(category.Faq, 2 + rng.Next(2)))
            y.Append("### ").Append(question).Append("\n\n").Append(answer).Append("\n\n");
        y.Append("### ").Append(topic.Title).Append("要多长时间？\n\n");
        y.Append(days == 0 ? "材料齐全的当场办结。" : string.Create(CultureInfo.InvariantCulture, $"自受理之日起{days}个工作日内办结。"));
        y.Append(S(rng.Pick(BodySentences[1..]))).Append('\n');
    }

    private static string Fill(string template, string title, string window, string office, int days) =>
        template.Replace("{title}", title, StringComparison.Ordinal).Replace("{window}", window, StringComparison.Ordinal)
            .Replace("{office}", office, StringComparison.Ordinal)
            .Replace("{days}", days.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    public static string SiteYaml()
    {
        var s = new StringBuilder();
        s.Append("title: 示例市公安局 办事指南\n");
        s.Append("organisation: ").Append(Organisation).Append('\n');
        s.Append("base_url: https://ga.example.invalid/\n");
        s.Append("phones: { consult: 0000-12300000, complaint: ").Append(ComplaintPhone).Append(" }\n");
        s.Append("log_origin: ga.example.invalid/publicinfo\n");
        s.Append("public_key: \"\"\n");
        s.Append("synonyms: synonyms.txt\n");
        s.Append("categories:\n");
        foreach (var c in Categories)
            s.Append("  - { id: ").Append(c.Id).Append(", name: ").Append(c.Name).Append(", description: ").Append(Yaml.Scalar(c.Description)).Append(" }\n");
        return s.ToString();
    }

    public static string Synonyms()
    {
        var s = new StringBuilder("# 搜索同义词：逗号分隔的词互为同义；A => B 表示搜 A 时也搜 B\n");
        foreach (var d in Documents) s.Append(string.Join(", ", d.Aliases.Prepend(d.Name))).Append('\n');
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in Categories)
            foreach (var t in c.Topics)
                foreach (var alias in t.Aliases)
                    if (seen.Add(alias)) s.Append(alias).Append(" => ").Append(t.Title).Append('\n');
        // As the shipped site does: question words are searched without (身份证丢了怎么办 also as 身份证丢了).
        s.Append("怎么办理, 怎么办, 如何办理, 要多久, 需要多久, 多久, 多长时间, 要多少钱, 需要多少钱, 多少钱, 需要什么材料, ")
            .Append("要带什么材料, 需要带什么, 要带什么, 需要什么, 在哪里办理, 在哪里办, 在哪里, 去哪里办, 哪里办 => \"\"\n");
        return s.ToString();
    }

    public static string DocumentsYaml()
    {
        var s = new StringBuilder();
        foreach (var d in Documents)
        {
            s.Append("- id: ").Append(d.Id).Append('\n');
            s.Append("  name: ").Append(Yaml.Scalar(d.Name)).Append('\n');
            s.Append("  aliases: ").Append(Yaml.FlowList(d.Aliases)).Append('\n');
            s.Append("  issuer: ").Append(Yaml.Scalar(d.Issuer)).Append('\n');
            if (d.Note is not null) s.Append("  note: ").Append(Yaml.Scalar(d.Note)).Append('\n');
            if (d.ELicense) s.Append("  e_license: true\n");
        }
        return s.ToString();
    }

    public static IEnumerable<(string Id, string Text)> Offices()
    {
        for (var c = 0; c < Categories.Length; c++)
        {
            for (var d = 0; d < Districts.Length; d++)
            {
                var category = Categories[c];
                var s = new StringBuilder();
                s.Append("id: ").Append(OfficeId(category, d)).Append('\n');
                s.Append("name: ").Append(OfficeName(category, d)).Append('\n');
                s.Append(string.Create(CultureInfo.InvariantCulture, $"address: {City}{Districts[d]}区{Roads[(c + d) % Roads.Length]}{10 + c * 6 + d}号\n"));
                s.Append("hours:\n");
                s.Append("  - { days: 周一至周五, open: \"09:00\", close: \"17:00\" }\n");
                if ((c + d) % 2 == 0) s.Append("  - { days: 周六, open: \"09:00\", close: \"12:00\" }\n");
                s.Append("phone: ").Append(OfficePhone(c, d)).Append('\n');
                s.Append("accessible: ").Append(d % 3 == 2 ? "false" : "true").Append('\n');
                s.Append("note: 节假日另行公告\n");
                s.Append("handles: [").Append(category.Id).Append("]\n");
                yield return (OfficeId(category, d), s.ToString());
            }
        }
    }
}

/// <summary>SplitMix64: small, fast and the same on every platform and .NET version (System.Random's algorithm is not a contract).</summary>
public sealed class Rng(ulong state)
{
    private ulong _state = state;

    public static ulong Mix(ulong a, ulong b, ulong c)
    {
        var r = new Rng(a * 0x9E3779B97F4A7C15UL ^ (b + 0x632BE59BD9B4E019UL) * 0xBF58476D1CE4E5B9UL ^ c);
        r.NextUInt64();
        return r.NextUInt64();
    }

    public ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>0 ≤ result &lt; n (n ≥ 1).</summary>
    public int Next(int n) => n <= 1 ? 0 : (int)(NextUInt64() % (ulong)n);

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>k distinct items in their original order.</summary>
    public List<T> Sample<T>(IReadOnlyList<T> items, int k)
    {
        k = Math.Min(k, items.Count);
        var indexes = Enumerable.Range(0, items.Count).ToArray();
        for (var i = 0; i < k; i++)
        {
            var j = i + Next(indexes.Length - i);
            (indexes[i], indexes[j]) = (indexes[j], indexes[i]);
        }
        return indexes[..k].Order().Select(i => items[i]).ToList();
    }
}

/// <summary>Just enough YAML writing for the generator's values.</summary>
public static class Yaml
{
    private const string Special = ":#,[]{}&*!|>'\"%@`\\";

    /// <summary>A plain scalar when safe, otherwise a double-quoted one.</summary>
    public static string Scalar(string value)
    {
        var needsQuotes = value.Length == 0 || value.IndexOfAny(Special.ToCharArray()) >= 0 || char.IsWhiteSpace(value[0])
            || char.IsWhiteSpace(value[^1]) || value[0] is '-' or '?' or '.' || char.IsAsciiDigit(value[0])
            || value is "true" or "false" or "null" or "yes" or "no" or "~";
        return needsQuotes ? "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"" : value;
    }

    public static string FlowList(IEnumerable<string> values) => "[" + string.Join(", ", values.Select(Scalar)) + "]";
}
