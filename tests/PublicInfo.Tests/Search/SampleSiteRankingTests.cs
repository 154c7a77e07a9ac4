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

    [Theory]
    [InlineData("居住证", "residence-permit")]
    [InlineData("暂住证怎么办", "residence-permit")]
    [InlineData("residence permit", "foreigner-residence-permit")]
    [InlineData("外国人居住证", "foreigner-residence-permit")]
    [InlineData("结婚落户", "hukou-move-in-family")]
    [InlineData("交通事故责任不服", "accident-review")]
    [InlineData("身份证上名字错了", "id-card-correction")]
    [InlineData("身份证丢了怎么办", "id-card-reissue")]
    [InlineData("二手车过户要带什么", "vehicle-transfer")]
    [InlineData("撞车了怎么办", "accident-quick-settlement")]
    [InlineData("户口本丢了", "household-register-reissue")]
    [InlineData("第一次办护照", "passport-first-issue")]
    [InlineData("补身份证", "id-card-reissue")]
    [InlineData("身份证被偷了", "id-card-reissue")]
    [InlineData("小孩办身份证", "id-card-first-issue")]
    [InlineData("驾照补证", "licence-reissue")]
    [InlineData("B照", "licence-upgrade")]
    [InlineData("小剐蹭", "accident-quick-settlement")]
    [InlineData("追尾", "accident-quick-settlement")]
    [InlineData("换身份证要多久", "id-card-renewal")]
    [InlineData("补驾照多少钱", "licence-reissue")]
    [InlineData("身份证到期换证", "id-card-renewal")]
    [InlineData("身份证换新", "id-card-renewal")]
    [InlineData("宝宝落户", "birth-registration")]
    [InlineData("护照页满了", "passport-renewal")]
    [InlineData("护照丢了", "passport-reissue")]
    [InlineData("续签去澳门", "hk-macau-endorsement")]
    [InlineData("赴台签注", "taiwan-endorsement")]
    [InlineData("交通事故认定书", "accident-determination")]
    [InlineData("驾照换证", "licence-renewal")]
    [InlineData("新车上牌", "vehicle-first-registration")]
    [InlineData("车牌丢了", "plate-reissue")]
    [InlineData("行驶证丢了", "vehicle-licence-reissue")]
    [InlineData("人去世了户口注销", "death-deregistration")]
    [InlineData("改名字", "hukou-name-change")]
    [InlineData("外国驾照换中国驾照", "foreign-licence-exchange")]
    [InlineData("事故车辆扣了怎么拿回来", "accident-vehicle-release")]
    [InlineData("身份证过期了", "id-card-renewal")]
    [InlineData("身份证快过期了怎么办", "id-card-renewal")]
    [InlineData("补办身份证", "id-card-reissue")]
    [InlineData("身份证掉了", "id-card-reissue")]
    [InlineData("在外地办身份证", "id-card-remote")]
    [InlineData("异地办身份证", "id-card-remote")]
    [InlineData("身份证信息错了", "id-card-correction")]
    [InlineData("临时身份证", "temp-id-card")]
    [InlineData("新生儿上户口", "birth-registration")]
    [InlineData("孩子出生报户口", "birth-registration")]
    [InlineData("户口注销", "death-deregistration")]
    [InlineData("迁户口", "hukou-move-out")]
    [InlineData("户口迁出", "hukou-move-out")]
    [InlineData("大学毕业落户", "hukou-move-in-graduate")]
    [InlineData("人才引进落户", "hukou-move-in-talent")]
    [InlineData("改出生日期", "hukou-birthdate-correction")]
    [InlineData("户口本补办", "household-register-reissue")]
    [InlineData("驾照到期", "licence-renewal")]
    [InlineData("驾驶证过期", "licence-renewal")]
    [InlineData("驾照丢了", "licence-reissue")]
    [InlineData("考驾照", "licence-first-issue")]
    [InlineData("学车", "licence-first-issue")]
    [InlineData("驾照增驾", "licence-upgrade")]
    [InlineData("驾照降级", "licence-downgrade")]
    [InlineData("注销驾照", "licence-cancellation")]
    [InlineData("体检证明", "licence-health-proof")]
    [InlineData("国外驾照", "foreign-licence-exchange")]
    [InlineData("买了新车怎么上牌照", "vehicle-first-registration")]
    [InlineData("号牌补领", "plate-reissue")]
    [InlineData("临时牌照", "temporary-plate")]
    [InlineData("车辆报废", "vehicle-deregistration")]
    [InlineData("车辆抵押", "vehicle-mortgage")]
    [InlineData("车辆年检", "vehicle-inspection-delegation")]
    [InlineData("车改颜色", "vehicle-change-registration")]
    [InlineData("二手车过户", "vehicle-transfer")]
    [InlineData("过户", "vehicle-transfer")]
    [InlineData("卖车", "vehicle-transfer")]
    [InlineData("办护照", "passport-first-issue")]
    [InlineData("护照过期了", "passport-renewal")]
    [InlineData("去香港", "hk-macau-permit")]
    [InlineData("港澳通行证", "hk-macau-permit")]
    [InlineData("港澳签注", "hk-macau-endorsement")]
    [InlineData("去台湾", "taiwan-permit")]
    [InlineData("台湾通行证", "taiwan-permit")]
    [InlineData("外国人居住许可", "foreigner-residence-permit")]
    [InlineData("出车祸了", "accident-determination")]
    [InlineData("事故认定不服", "accident-review")]
    [InlineData("交通事故调解", "accident-mediation")]
    [InlineData("事故证明", "accident-certificate")]
    [InlineData("开宾馆", "hotel-licence")]
    [InlineData("旅馆业特种行业许可", "hotel-licence")]
    [InlineData("消防检查", "fire-safety-inspection")]
    [InlineData("开业前消防", "fire-safety-inspection")]
    [InlineData("办居住证要什么材料", "residence-permit")]
    [InlineData("小孩上户口", "birth-registration")]
    [InlineData("婴儿报户口", "birth-registration")]
    [InlineData("驾驶证补办", "licence-reissue")]
    [InlineData("护照补办", "passport-reissue")]
    [InlineData("港澳通行证过期", "hk-macau-permit")]
    [InlineData("车辆过户需要什么材料", "vehicle-transfer")]
    [InlineData("交通事故快速处理", "accident-quick-settlement")]
    [InlineData("投靠落户", "hukou-move-in-family")]
    [InlineData("户口迁到外地", "hukou-move-out")]
    [InlineData("出国护照", "passport-first-issue")]
    [InlineData("身份证丢了去哪补", "id-card-reissue")]
    [InlineData("身份证丢了怎么补办", "id-card-reissue")]
    [InlineData("护照丢了怎么补办", "passport-reissue")]
    [InlineData("护照丢了补办要多久", "passport-reissue")]
    [InlineData("驾照丢了怎么补", "licence-reissue")]
    [InlineData("驾驶证丢了补办", "licence-reissue")]
    [InlineData("驾照快到期了怎么换", "licence-renewal")]
    [InlineData("驾驶证期满换证要什么材料", "licence-renewal")]
    [InlineData("孩子上户口要什么材料", "birth-registration")]
    [InlineData("新生儿办户口", "birth-registration")]
    [InlineData("刚出生的孩子怎么落户", "birth-registration")]
    [InlineData("老人去世销户", "death-deregistration")]
    [InlineData("户口本丢了怎么补", "household-register-reissue")]
    [InlineData("户口簿补办", "household-register-reissue")]
    [InlineData("结婚了户口怎么迁", "hukou-move-in-family")]
    [InlineData("毕业生户口怎么迁回来", "hukou-move-in-graduate")]
    [InlineData("二手车过户流程", "vehicle-transfer")]
    [InlineData("买二手车怎么过户", "vehicle-transfer")]
    [InlineData("车卖了要办什么手续", "vehicle-transfer")]
    [InlineData("新车怎么上牌", "vehicle-first-registration")]
    [InlineData("新买的车上牌照", "vehicle-first-registration")]
    [InlineData("车牌被偷了", "plate-reissue")]
    [InlineData("号牌丢了怎么补", "plate-reissue")]
    [InlineData("行驶证掉了", "vehicle-licence-reissue")]
    [InlineData("车子报废怎么办", "vehicle-deregistration")]
    [InlineData("贷款买车抵押", "vehicle-mortgage")]
    [InlineData("车贷还完了解押", "vehicle-mortgage")]
    [InlineData("外地年检", "vehicle-inspection-delegation")]
    [InlineData("小孩第一次办身份证", "id-card-first-issue")]
    [InlineData("十六岁办身份证", "id-card-first-issue")]
    [InlineData("外省人在本地办身份证", "id-card-remote")]
    [InlineData("去香港旅游办什么证", "hk-macau-permit")]
    [InlineData("第一次办港澳通行证", "hk-macau-permit")]
    [InlineData("港澳通行证签注怎么办", "hk-macau-endorsement")]
    [InlineData("去台湾要办什么", "taiwan-permit")]
    [InlineData("第一次办护照要带什么", "passport-first-issue")]
    [InlineData("护照快过期了怎么换", "passport-renewal")]
    [InlineData("外国人办居留", "foreigner-residence-permit")]
    [InlineData("开车撞了人怎么办", "accident-determination")]
    [InlineData("追尾了怎么处理", "accident-quick-settlement")]
    [InlineData("轻微剐蹭自己处理", "accident-quick-settlement")]
    [InlineData("事故赔偿谈不拢", "accident-mediation")]
    [InlineData("对事故认定不服怎么办", "accident-review")]
    [InlineData("事故车怎么取回", "accident-vehicle-release")]
    [InlineData("开旅馆要办什么证", "hotel-licence")]
    [InlineData("开酒店特种行业许可证", "hotel-licence")]
    [InlineData("商场开业消防检查", "fire-safety-inspection")]
    [InlineData("驾照体检", "licence-health-proof")]
    [InlineData("不想开车了注销驾照", "licence-cancellation")]
    [InlineData("临时身份证怎么办", "temp-id-card")]
    [InlineData("身份证没下来急用", "temp-id-card")]
    [InlineData("办理居住证", "residence-permit")]
    [InlineData("暂住证办理", "residence-permit")]
    [InlineData("出生日期错了", "hukou-birthdate-correction")]
    [InlineData("我想办护照", "passport-first-issue")]
    [InlineData("我的身份证丢了", "id-card-reissue")]
    [InlineData("孩子刚出生怎么上户口", "birth-registration")]
    [InlineData("驾照过期了还能开车吗", "licence-renewal")]
    [InlineData("二手车买卖过户需要什么", "vehicle-transfer")]
    [InlineData("外地人办居住证", "residence-permit")]
    [InlineData("去香港要办什么证件", "hk-macau-permit")]
    [InlineData("港澳通行证到期了", "hk-macau-permit")]
    [InlineData("交通事故责任认定书怎么拿", "accident-determination")]
    [InlineData("老人死亡销户", "death-deregistration")]
    [InlineData("结婚迁户口", "hukou-move-in-family")]
    [InlineData("大学生落户", "hukou-move-in-graduate")]
    [InlineData("开个小旅馆", "hotel-licence")]
    [InlineData("店铺开业消防", "fire-safety-inspection")]
    [InlineData("外国人在中国居住", "foreigner-residence-permit")]
    [InlineData("台湾签注到期", "taiwan-endorsement")]
    [InlineData("临时牌照怎么办理", "temporary-plate")]
    [InlineData("车辆抵押登记", "vehicle-mortgage")]
    [InlineData("机动车年审", "vehicle-inspection-delegation")]
    [InlineData("新能源车上牌", "vehicle-first-registration")]
    [InlineData("身份证坏了", "id-card-reissue")]
    [InlineData("出生日期登记错误", "hukou-birthdate-correction")]
    [InlineData("护照补办需要多久", "passport-reissue")]
    [InlineData("驾驶证补领", "licence-reissue")]
    [InlineData("车辆变更登记", "vehicle-change-registration")]
    [InlineData("车辆改装", "vehicle-change-registration")]
    [InlineData("出了事故对方不赔", "accident-mediation")]
    [InlineData("交通事故证明", "accident-certificate")]
    [InlineData("车被交警扣了", "accident-vehicle-release")]
    [InlineData("ID card lost", "id-card-reissue")]
    [InlineData("driving licence renewal", "licence-renewal")]
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
        var cases = typeof(SampleSiteRankingTests).GetMethod(nameof(A_colloquial_query_puts_the_clerks_guide_first))!
            .GetCustomAttributes(typeof(InlineDataAttribute), false).Cast<InlineDataAttribute>()
            .Select(a => a.GetData(null!).Single()).Select(d => ((string)d[0], (string)d[1])).ToList();
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
