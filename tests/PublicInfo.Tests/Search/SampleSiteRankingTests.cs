using System.Text.Json;
using PublicInfo.Build;
using PublicInfo.Content;
using PublicInfo.Search;
using PublicInfo.Tests.Records;

namespace PublicInfo.Tests.Search;

/// <summary>
/// What a citizen types on the shipped sample site, and the guide a counter clerk would hand over for it. Guards the
/// sample's aliases and <c>site/synonyms.txt</c> as much as the ranking: most of these cases put another guide first
/// until an alias or a synonym was added.
/// </summary>
public class SampleSiteRankingTests : IClassFixture<SampleSiteRankingTests.Built>
{
    public sealed class Built : IDisposable
    {
        public Built()
        {
            var root = SampleSites.ShippedRoot();
            var site = SampleSites.Load(root);
            var synonyms = SynonymMap.Parse(File.ReadAllText(Path.Combine(root, "site", "synonyms.txt")));
            Index = SearchIndexBuilder.Build(GuideSearchDocuments.From(site), synonyms);
        }

        public SearchIndex Index { get; }
        public void Dispose() => Index.Dispose();
    }

    private readonly SearchService _service;
    private readonly SearchIndex _index;

    public SampleSiteRankingTests(Built built)
    {
        _index = built.Index;
        _service = new SearchService(built.Index);
    }

    /// <summary>Each query with the guide a counter clerk would hand over; queries whose guide is a matter of opinion
    /// (迁入户口: which of three move-in guides?) are left out.</summary>
    public static TheoryData<string, string> Cases => new()
    {
        { "居住证", "residence-permit" },
        { "暂住证怎么办", "residence-permit" },
        { "residence permit", "foreigner-residence-permit" },
        { "外国人居住证", "foreigner-residence-permit" },
        { "结婚落户", "hukou-move-in-family" },
        { "交通事故责任不服", "accident-review" },
        { "身份证上名字错了", "id-card-correction" },
        { "身份证丢了怎么办", "id-card-reissue" },
        { "二手车过户要带什么", "vehicle-transfer" },
        { "撞车了怎么办", "accident-quick-settlement" },
        { "户口本丢了", "household-register-reissue" },
        { "第一次办护照", "passport-first-issue" },
        { "补身份证", "id-card-reissue" },
        { "身份证被偷了", "id-card-reissue" },
        { "小孩办身份证", "id-card-first-issue" },
        { "驾照补证", "licence-reissue" },
        { "B照", "licence-upgrade" },
        { "小剐蹭", "accident-quick-settlement" },
        { "追尾", "accident-quick-settlement" },
        { "换身份证要多久", "id-card-renewal" },
        { "补驾照多少钱", "licence-reissue" },
        { "身份证到期换证", "id-card-renewal" },
        { "身份证换新", "id-card-renewal" },
        { "宝宝落户", "birth-registration" },
        { "护照页满了", "passport-renewal" },
        { "护照丢了", "passport-reissue" },
        { "续签去澳门", "hk-macau-endorsement" },
        { "赴台签注", "taiwan-endorsement" },
        { "交通事故认定书", "accident-determination" },
        { "驾照换证", "licence-renewal" },
        { "新车上牌", "vehicle-first-registration" },
        { "车牌丢了", "plate-reissue" },
        { "行驶证丢了", "vehicle-licence-reissue" },
        { "人去世了户口注销", "death-deregistration" },
        { "改名字", "hukou-name-change" },
        { "外国驾照换中国驾照", "foreign-licence-exchange" },
        { "事故车辆扣了怎么拿回来", "accident-vehicle-release" },
        { "身份证过期了", "id-card-renewal" },
        { "身份证快过期了怎么办", "id-card-renewal" },
        { "补办身份证", "id-card-reissue" },
        { "身份证掉了", "id-card-reissue" },
        { "在外地办身份证", "id-card-remote" },
        { "异地办身份证", "id-card-remote" },
        { "身份证信息错了", "id-card-correction" },
        { "临时身份证", "temp-id-card" },
        { "新生儿上户口", "birth-registration" },
        { "孩子出生报户口", "birth-registration" },
        { "户口注销", "death-deregistration" },
        { "迁户口", "hukou-move-out" },
        { "户口迁出", "hukou-move-out" },
        { "大学毕业落户", "hukou-move-in-graduate" },
        { "人才引进落户", "hukou-move-in-talent" },
        { "改出生日期", "hukou-birthdate-correction" },
        { "户口本补办", "household-register-reissue" },
        { "驾照到期", "licence-renewal" },
        { "驾驶证过期", "licence-renewal" },
        { "驾照丢了", "licence-reissue" },
        { "考驾照", "licence-first-issue" },
        { "学车", "licence-first-issue" },
        { "驾照增驾", "licence-upgrade" },
        { "驾照降级", "licence-downgrade" },
        { "注销驾照", "licence-cancellation" },
        { "体检证明", "licence-health-proof" },
        { "国外驾照", "foreign-licence-exchange" },
        { "买了新车怎么上牌照", "vehicle-first-registration" },
        { "号牌补领", "plate-reissue" },
        { "临时牌照", "temporary-plate" },
        { "车辆报废", "vehicle-deregistration" },
        { "车辆抵押", "vehicle-mortgage" },
        { "车辆年检", "vehicle-inspection-delegation" },
        { "车改颜色", "vehicle-change-registration" },
        { "二手车过户", "vehicle-transfer" },
        { "过户", "vehicle-transfer" },
        { "卖车", "vehicle-transfer" },
        { "办护照", "passport-first-issue" },
        { "护照过期了", "passport-renewal" },
        { "去香港", "hk-macau-permit" },
        { "港澳通行证", "hk-macau-permit" },
        { "港澳签注", "hk-macau-endorsement" },
        { "去台湾", "taiwan-permit" },
        { "台湾通行证", "taiwan-permit" },
        { "外国人居住许可", "foreigner-residence-permit" },
        { "出车祸了", "accident-determination" },
        { "事故认定不服", "accident-review" },
        { "交通事故调解", "accident-mediation" },
        { "事故证明", "accident-certificate" },
        { "开宾馆", "hotel-licence" },
        { "旅馆业特种行业许可", "hotel-licence" },
        { "消防检查", "fire-safety-inspection" },
        { "开业前消防", "fire-safety-inspection" },
        { "办居住证要什么材料", "residence-permit" },
        { "小孩上户口", "birth-registration" },
        { "婴儿报户口", "birth-registration" },
        { "驾驶证补办", "licence-reissue" },
        { "护照补办", "passport-reissue" },
        { "港澳通行证过期", "hk-macau-permit" },
        { "车辆过户需要什么材料", "vehicle-transfer" },
        { "交通事故快速处理", "accident-quick-settlement" },
        { "投靠落户", "hukou-move-in-family" },
        { "户口迁到外地", "hukou-move-out" },
        { "出国护照", "passport-first-issue" },
        { "身份证丢了去哪补", "id-card-reissue" },
        { "身份证丢了怎么补办", "id-card-reissue" },
        { "护照丢了怎么补办", "passport-reissue" },
        { "护照丢了补办要多久", "passport-reissue" },
        { "驾照丢了怎么补", "licence-reissue" },
        { "驾驶证丢了补办", "licence-reissue" },
        { "驾照快到期了怎么换", "licence-renewal" },
        { "驾驶证期满换证要什么材料", "licence-renewal" },
        { "孩子上户口要什么材料", "birth-registration" },
        { "新生儿办户口", "birth-registration" },
        { "刚出生的孩子怎么落户", "birth-registration" },
        { "老人去世销户", "death-deregistration" },
        { "户口本丢了怎么补", "household-register-reissue" },
        { "户口簿补办", "household-register-reissue" },
        { "结婚了户口怎么迁", "hukou-move-in-family" },
        { "毕业生户口怎么迁回来", "hukou-move-in-graduate" },
        { "二手车过户流程", "vehicle-transfer" },
        { "买二手车怎么过户", "vehicle-transfer" },
        { "车卖了要办什么手续", "vehicle-transfer" },
        { "新车怎么上牌", "vehicle-first-registration" },
        { "新买的车上牌照", "vehicle-first-registration" },
        { "车牌被偷了", "plate-reissue" },
        { "号牌丢了怎么补", "plate-reissue" },
        { "行驶证掉了", "vehicle-licence-reissue" },
        { "车子报废怎么办", "vehicle-deregistration" },
        { "贷款买车抵押", "vehicle-mortgage" },
        { "车贷还完了解押", "vehicle-mortgage" },
        { "外地年检", "vehicle-inspection-delegation" },
        { "小孩第一次办身份证", "id-card-first-issue" },
        { "十六岁办身份证", "id-card-first-issue" },
        { "外省人在本地办身份证", "id-card-remote" },
        { "去香港旅游办什么证", "hk-macau-permit" },
        { "第一次办港澳通行证", "hk-macau-permit" },
        { "港澳通行证签注怎么办", "hk-macau-endorsement" },
        { "去台湾要办什么", "taiwan-permit" },
        { "第一次办护照要带什么", "passport-first-issue" },
        { "护照快过期了怎么换", "passport-renewal" },
        { "外国人办居留", "foreigner-residence-permit" },
        { "开车撞了人怎么办", "accident-determination" },
        { "追尾了怎么处理", "accident-quick-settlement" },
        { "轻微剐蹭自己处理", "accident-quick-settlement" },
        { "事故赔偿谈不拢", "accident-mediation" },
        { "对事故认定不服怎么办", "accident-review" },
        { "事故车怎么取回", "accident-vehicle-release" },
        { "开旅馆要办什么证", "hotel-licence" },
        { "开酒店特种行业许可证", "hotel-licence" },
        { "商场开业消防检查", "fire-safety-inspection" },
        { "驾照体检", "licence-health-proof" },
        { "不想开车了注销驾照", "licence-cancellation" },
        { "临时身份证怎么办", "temp-id-card" },
        { "身份证没下来急用", "temp-id-card" },
        { "办理居住证", "residence-permit" },
        { "暂住证办理", "residence-permit" },
        { "出生日期错了", "hukou-birthdate-correction" },
        { "我想办护照", "passport-first-issue" },
        { "我的身份证丢了", "id-card-reissue" },
        { "孩子刚出生怎么上户口", "birth-registration" },
        { "驾照过期了还能开车吗", "licence-renewal" },
        { "二手车买卖过户需要什么", "vehicle-transfer" },
        { "外地人办居住证", "residence-permit" },
        { "去香港要办什么证件", "hk-macau-permit" },
        { "港澳通行证到期了", "hk-macau-permit" },
        { "交通事故责任认定书怎么拿", "accident-determination" },
        { "老人死亡销户", "death-deregistration" },
        { "结婚迁户口", "hukou-move-in-family" },
        { "大学生落户", "hukou-move-in-graduate" },
        { "开个小旅馆", "hotel-licence" },
        { "店铺开业消防", "fire-safety-inspection" },
        { "外国人在中国居住", "foreigner-residence-permit" },
        { "台湾签注到期", "taiwan-endorsement" },
        { "临时牌照怎么办理", "temporary-plate" },
        { "车辆抵押登记", "vehicle-mortgage" },
        { "机动车年审", "vehicle-inspection-delegation" },
        { "新能源车上牌", "vehicle-first-registration" },
        { "身份证坏了", "id-card-reissue" },
        { "出生日期登记错误", "hukou-birthdate-correction" },
        { "护照补办需要多久", "passport-reissue" },
        { "驾驶证补领", "licence-reissue" },
        { "车辆变更登记", "vehicle-change-registration" },
        { "车辆改装", "vehicle-change-registration" },
        { "出了事故对方不赔", "accident-mediation" },
        { "交通事故证明", "accident-certificate" },
        { "车被交警扣了", "accident-vehicle-release" },
        { "ID card lost", "id-card-reissue" },
        { "driving licence renewal", "licence-renewal" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_colloquial_query_puts_the_clerks_guide_first(string query, string expected)
    {
        var hits = _service.Search(query, 3);
        Assert.True(hits.Count > 0 && hits[0].Id == expected,
            $"{query}: got {string.Join(", ", hits.Select(h => h.Id))}, expected {expected} first\n{_service.Explain(query, 3)}");
    }

    /// <summary>The same cases through search.js on the sample's own export (the browser's answer), in one Node run.</summary>
    [Fact]
    public void The_browser_client_puts_the_same_guide_first_for_every_case()
    {
        var cases = Cases.Select(row => ((string)row[0], (string)row[1])).ToList();
        Assert.True(cases.Count >= 100, $"{cases.Count} cases");
        string folder = SearchPaths.NewTempFolder();
        try
        {
            SearchExportResult export = SearchExporter.Export(_index, folder);
            string queriesFile = Path.Combine(folder, "queries.json.txt");
            File.WriteAllText(queriesFile, JsonSerializer.Serialize(cases.Select(c => new { q = c.Item1, category = "", top = 1 })));
            using var results = JsonDocument.Parse(NodeRunner.Run(SearchPaths.ParityHarness, SearchPaths.SearchJs, folder, export.ManifestFile, queriesFile));
            var wrong = cases.Zip(results.RootElement.EnumerateArray())
                .Select(pair => (pair.First, Got: pair.Second.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()).FirstOrDefault()))
                .Where(r => r.Got != r.First.Item2)
                .Select(r => $"{r.First.Item1}: {r.Got ?? "nothing"} instead of {r.First.Item2}")
                .ToList();
            Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }
}
