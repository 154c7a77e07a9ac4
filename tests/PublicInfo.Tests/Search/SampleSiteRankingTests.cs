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

    public SampleSiteRankingTests(Built built) => _service = new SearchService(built.Index);

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
    public void A_colloquial_query_puts_the_clerks_guide_first(string query, string expected)
    {
        var hits = _service.Search(query, 3);
        Assert.True(hits.Count > 0 && hits[0].Id == expected,
            $"{query}: got {string.Join(", ", hits.Select(h => h.Id))}, expected {expected} first\n{_service.Explain(query, 3)}");
    }
}
