namespace PublicInfo.Benchmarks;

/// <summary>A law or regulation a guide cites (设定依据).</summary>
public sealed record Law(string Name, string Article);

/// <summary>A fee item with its price basis.</summary>
public sealed record FeeItem(string Name, decimal Amount, string Unit, string Basis);

/// <summary>One kind of procedure (事项) in a category; the generator makes many guides from each.</summary>
public sealed record Topic(
    string Slug, string Title, string ItemType, string Purpose, string[] Aliases, Law[] Laws,
    string[] Documents, string[] OptionalDocuments, FeeItem[] Fees, string ResultName, string Validity,
    int LegalDays, int PromisedDays, bool Immediate, string VisitReason);

/// <summary>A category of site.yml with what its guides share.</summary>
public sealed record CategoryVocabulary(
    string Id, string Name, string Description, string Unit, string Window, string OfficeName,
    string[] Conditions, string[] Tips, (string Question, string Answer)[] Faq, Topic[] Topics);

/// <summary>Real police-service vocabulary the corpus generator composes guides from (no filler text).</summary>
public static class CorpusVocabulary
{
    public const string City = "示例市";
    public const string Organisation = "示例市公安局";

    public static readonly string[] Districts = ["东城", "西城", "南湖", "北岗", "滨江", "高新"];
    public static readonly string[] DistrictSlugs = ["dongcheng", "xicheng", "nanhu", "beigang", "binjiang", "gaoxin"];
    public static readonly string[] Roads = ["人民路", "中山路", "解放路", "建设路", "文化路", "长江路", "黄河路", "和平路"];

    public static readonly string[] Variants =
        ["个人申请", "单位申请", "委托代办", "网上办理", "跨省通办", "首次办理", "老年人绿色通道", "预约办理", "现役军人", "残疾人上门服务"];

    /// <summary>The document catalogue (input/documents.yml): id, name, aliases, issuer, e-licence.</summary>
    public static readonly (string Id, string Name, string[] Aliases, string Issuer, bool ELicense, string? Note)[] Documents =
    [
        ("id-card", "居民身份证", ["身份证", "二代证"], "公安机关", true, "在有效期内的居民身份证；临时居民身份证可以替代"),
        ("temp-id-card", "临时居民身份证", ["临时身份证"], "公安机关", false, null),
        ("household-register", "居民户口簿", ["户口本", "户口簿"], "公安机关", true, null),
        ("residence-permit", "居住证", ["暂住证"], "公安机关", true, null),
        ("photo-receipt", "数码相片回执", ["照片回执", "相片回执"], "照相馆", false, "近6个月内拍摄的白底彩色证件照"),
        ("birth-certificate", "出生医学证明", ["出生证", "出生证明"], "助产医疗机构", true, null),
        ("marriage-certificate", "结婚证", ["婚姻证明"], "民政部门", true, null),
        ("divorce-certificate", "离婚证", ["离婚证明"], "民政部门", true, null),
        ("property-certificate", "不动产权证书", ["房产证", "房本"], "自然资源部门", true, null),
        ("house-lease", "房屋租赁合同", ["租房合同", "租赁合同"], "出租人", false, null),
        ("death-certificate", "居民死亡医学证明", ["死亡证明"], "医疗机构", false, null),
        ("graduation-certificate", "毕业证书", ["毕业证", "学历证明"], "学校", true, null),
        ("employment-contract", "劳动合同", ["工作证明", "劳动合同书"], "用人单位", false, null),
        ("business-licence", "营业执照", ["执照"], "市场监管部门", true, null),
        ("unit-letter", "单位介绍信", ["介绍信"], "所在单位", false, null),
        ("power-of-attorney", "授权委托书", ["委托书"], "申请人", false, "委托他人办理时提交，须本人签名"),
        ("agent-id-card", "代理人居民身份证", ["代办人身份证"], "公安机关", true, null),
        ("vehicle-registration", "机动车登记证书", ["大绿本", "登记证书"], "公安机关交通管理部门", false, null),
        ("vehicle-licence", "机动车行驶证", ["行驶证"], "公安机关交通管理部门", true, null),
        ("vehicle-invoice", "机动车销售统一发票", ["购车发票", "新车发票"], "销售企业", true, null),
        ("used-car-invoice", "二手车销售统一发票", ["二手车发票"], "二手车交易市场", true, null),
        ("purchase-tax", "车辆购置税完税证明", ["购置税证明"], "税务部门", true, null),
        ("compulsory-insurance", "机动车交通事故责任强制保险凭证", ["交强险保单", "交强险"], "保险公司", true, null),
        ("inspection-report", "机动车安全技术检验合格证明", ["年检合格证明", "检测报告"], "机动车检验机构", true, null),
        ("vehicle-certificate", "机动车整车出厂合格证明", ["合格证", "出厂合格证"], "生产企业", false, null),
        ("driving-licence", "机动车驾驶证", ["驾照", "驾驶证"], "公安机关交通管理部门", true, null),
        ("medical-certificate", "机动车驾驶人身体条件证明", ["体检证明", "驾驶人体检表"], "医疗机构", true, null),
        ("passport", "普通护照", ["护照"], "公安机关出入境管理部门", false, null),
        ("hk-macao-permit", "往来港澳通行证", ["港澳通行证"], "公安机关出入境管理部门", false, null),
        ("taiwan-permit", "大陆居民往来台湾通行证", ["台湾通行证", "赴台证"], "公安机关出入境管理部门", false, null),
        ("accident-certificate", "道路交通事故认定书", ["事故认定书", "责任认定书"], "公安机关交通管理部门", false, null),
        ("medical-records", "医疗诊断证明及费用票据", ["病历", "医疗发票"], "医疗机构", false, null),
        ("fire-design-docs", "消防设计文件", ["消防图纸", "消防设计图"], "设计单位", false, null),
        ("fire-inspection-report", "消防安全检查合格报告", ["消防检测报告"], "消防技术服务机构", false, null),
        ("security-plan", "治安保卫制度及安全防范措施", ["安保方案", "治安防范方案"], "申请单位", false, null),
        ("premises-proof", "经营场所使用证明", ["场地证明", "场所证明"], "产权人", false, null),
        ("staff-roster", "从业人员名册", ["员工名单"], "申请单位", false, null),
    ];

    public static readonly CategoryVocabulary[] Categories =
    [
        new("vehicles", "机动车", "机动车注册、转移、变更、抵押和注销登记", "交通警察支队车辆管理所", "车管窗口", "机动车登记服务站",
            ["机动车已按规定办理交通事故责任强制保险", "机动车无未处理的交通违法记录和事故", "机动车已通过安全技术检验", "申请人为机动车所有人或其委托的代理人", "机动车未被司法机关和行政执法部门查封扣押"],
            ["办理前请先在线处理交通违法", "新车注册可以在4S店代办", "号牌可以现场选号或网上选号", "机动车查验需要本车到场", "车辆信息有误时先核对出厂合格证明", "号牌丢失的可以先申领临时号牌"],
            [("车辆还有违章能过户吗？", "需要先处理完交通违法和罚款，再办理过户。"), ("可以在外地办理吗？", "小型汽车可以在转入地车管所办理异地转移登记。"), ("需要车辆到场吗？", "转移登记和注册登记需要车辆到场查验。")],
            [
                new("registration", "机动车注册登记", "行政许可", "新购机动车上路行驶前申请注册登记，领取号牌和行驶证", ["新车上牌", "上牌照", "新车落户"],
                    [new("中华人民共和国道路交通安全法", "第八条"), new("机动车登记规定", "第十六条")],
                    ["id-card", "vehicle-invoice", "vehicle-certificate", "purchase-tax", "compulsory-insurance"], ["power-of-attorney", "agent-id-card", "residence-permit"],
                    [new("机动车号牌工本费", 100, "副", "发改价格〔2017〕1186号"), new("机动车行驶证工本费", 10, "本", "发改价格〔2017〕1186号")], "机动车号牌和行驶证", "长期有效", 2, 1, false, "车辆需到场查验"),
                new("transfer", "机动车转移登记", "行政许可", "二手车买卖、赠与后申请变更机动车所有人", ["二手车过户", "车辆过户", "过户"],
                    [new("中华人民共和国道路交通安全法", "第十二条"), new("机动车登记规定", "第二十五条")],
                    ["id-card", "vehicle-registration", "vehicle-licence", "used-car-invoice", "compulsory-insurance"], ["power-of-attorney", "agent-id-card", "inspection-report"],
                    [new("机动车行驶证工本费", 10, "本", "发改价格〔2017〕1186号")], "机动车登记证书（转移登记）", "长期有效", 1, 1, false, "车辆需到场查验"),
                new("change", "机动车变更登记", "行政许可", "改变车身颜色、更换发动机或车身后申请变更登记", ["改颜色", "换发动机", "车辆变更"],
                    [new("机动车登记规定", "第十八条")],
                    ["id-card", "vehicle-registration", "vehicle-licence"], ["inspection-report", "power-of-attorney"],
                    [], "机动车登记证书（变更登记）", "长期有效", 1, 1, false, "车辆需到场查验"),
                new("mortgage", "机动车抵押登记", "行政确认", "以机动车作抵押向金融机构贷款时申请抵押登记", ["车辆抵押", "车贷抵押", "解除抵押"],
                    [new("中华人民共和国民法典", "第四百零三条"), new("机动车登记规定", "第三十三条")],
                    ["id-card", "vehicle-registration", "employment-contract"], ["business-licence", "power-of-attorney"],
                    [], "机动车登记证书（抵押登记）", "长期有效", 1, 0, true, "签署抵押合同原件核对"),
                new("deregistration", "机动车注销登记", "行政确认", "机动车报废、灭失或退出境外后申请注销登记", ["车辆报废", "注销车辆", "报废车"],
                    [new("机动车登记规定", "第三十八条"), new("报废机动车回收管理办法", "第十条")],
                    ["id-card", "vehicle-registration", "vehicle-licence"], ["power-of-attorney", "agent-id-card"],
                    [], "机动车注销证明书", "长期有效", 1, 0, true, "交回号牌和行驶证"),
                new("inspection-mark", "机动车检验标志核发", "公共服务", "机动车安全技术检验合格后申领检验标志", ["年检", "车辆年审", "年检标志"],
                    [new("中华人民共和国道路交通安全法实施条例", "第十六条")],
                    ["vehicle-licence", "compulsory-insurance", "inspection-report"], ["id-card"],
                    [], "机动车检验合格标志（电子）", "一年或两年", 1, 0, true, "核对车辆信息"),
            ]),
        new("driving-licence", "驾驶证", "驾驶证申领、换证、补证和审验", "交通警察支队车辆管理所", "驾驶证窗口", "驾驶人考试中心",
            ["申请人年龄和身体条件符合规定", "申请人未被吊销驾驶证或吊销未满规定年限", "申请人无饮酒后驾驶记录或已过限制期", "申请人在本市有户籍或居住证", "申请人已清缴交通违法罚款"],
            ["体检可以在指定医院完成并网上传送结果", "驾驶证期满前90日内可以申请换证", "记满12分的要参加满分学习", "补证可以在交管12123网上办理", "境外驾照换证需要参加科目一考试"],
            [("驾驶证过期了怎么办？", "超过有效期不满一年的，可以直接换证。"), ("外地驾照能在本地换吗？", "可以，驾驶证换证全国通办。"), ("体检证明多久有效？", "体检证明6个月内有效。")],
            [
                new("first-issue", "机动车驾驶证初次申领", "行政许可", "通过驾驶技能考试后申请初次领取驾驶证", ["考驾照", "学车", "驾照报名"],
                    [new("中华人民共和国道路交通安全法", "第十九条"), new("机动车驾驶证申领和使用规定", "第十三条")],
                    ["id-card", "medical-certificate", "photo-receipt"], ["residence-permit"],
                    [new("考试费", 150, "科目", "发改价格〔2019〕1186号"), new("机动车驾驶证工本费", 10, "本", "发改价格〔2017〕1186号")], "机动车驾驶证", "6年", 20, 10, false, "参加考试"),
                new("renewal", "机动车驾驶证有效期满换证", "行政许可", "驾驶证有效期满前90日内申请换领新证", ["驾照到期", "换驾照", "驾驶证换证"],
                    [new("机动车驾驶证申领和使用规定", "第六十三条")],
                    ["id-card", "driving-licence", "medical-certificate"], ["photo-receipt"],
                    [new("机动车驾驶证工本费", 10, "本", "发改价格〔2017〕1186号")], "机动车驾驶证", "10年或长期", 1, 0, true, "现场核对身份"),
                new("replacement", "机动车驾驶证遗失补证", "行政许可", "驾驶证遗失、损毁后申请补领", ["驾照丢了", "补驾照", "驾驶证补办"],
                    [new("机动车驾驶证申领和使用规定", "第六十七条")],
                    ["id-card"], ["photo-receipt", "power-of-attorney"],
                    [new("机动车驾驶证工本费", 10, "本", "发改价格〔2017〕1186号")], "机动车驾驶证", "原有效期", 1, 0, true, "现场核对身份"),
                new("review", "驾驶人审验教育", "公共服务", "记分周期内累积记分未满12分的驾驶人参加审验教育", ["驾照审验", "消分学习", "审验教育"],
                    [new("机动车驾驶证申领和使用规定", "第七十四条")],
                    ["id-card", "driving-licence"], ["medical-certificate"],
                    [], "审验合格记录", "一个记分周期", 1, 0, true, "参加现场学习"),
                new("foreign-conversion", "境外机动车驾驶证换证", "行政许可", "持境外驾驶证的人员申请换领国内驾驶证", ["国外驾照换国内", "境外驾照"],
                    [new("机动车驾驶证申领和使用规定", "第二十二条")],
                    ["id-card", "passport", "medical-certificate", "photo-receipt"], ["residence-permit"],
                    [new("考试费", 50, "科目", "发改价格〔2019〕1186号")], "机动车驾驶证", "6年", 20, 5, false, "参加科目一考试"),
            ]),
        new("hukou", "户籍", "出生登记、迁移、变更更正和注销户口", "户政管理大队", "户籍窗口", "派出所户籍室",
            ["申请人具有本市常住户口或符合落户条件", "申请事项有合法有效的证明材料", "申报人为本人、监护人或户主", "同一事项未在其他派出所重复申报"],
            ["新生儿出生一个月内申报出生登记", "户口迁移可以网上申请准迁证", "迁入集体户口需要单位同意", "更正出生日期需要提供原始档案", "父母一方到场即可办理出生登记"],
            [("孩子随父还是随母落户？", "可以随父或随母任一方落户。"), ("户口迁移要跑几次？", "跨省迁移实行一站式办理，最多跑一次。"), ("集体户口能办出生登记吗？", "可以，需要集体户管理单位同意。")],
            [
                new("birth-registration", "出生登记", "行政确认", "新生儿出生后由监护人申报户口登记", ["上户口", "孩子落户", "新生儿报户口"],
                    [new("中华人民共和国户口登记条例", "第七条")],
                    ["birth-certificate", "household-register", "marriage-certificate", "id-card"], ["property-certificate", "power-of-attorney"],
                    [], "居民户口簿（增页）", "长期有效", 5, 0, true, "监护人到场申报"),
                new("move-in", "户口迁入登记", "行政许可", "因购房、投靠、就业等原因申请迁入本市户口", ["迁户口", "落户", "户口迁移"],
                    [new("中华人民共和国户口登记条例", "第十三条")],
                    ["id-card", "household-register", "property-certificate"], ["marriage-certificate", "employment-contract", "graduation-certificate"],
                    [], "居民户口簿", "长期有效", 30, 15, false, "核对原件"),
                new("move-out", "户口迁出登记", "行政确认", "户口迁往外地时办理迁出手续", ["迁出户口", "准迁证", "户口迁出"],
                    [new("中华人民共和国户口登记条例", "第十条")],
                    ["id-card", "household-register"], ["power-of-attorney"],
                    [], "户口迁移证", "40日", 5, 0, true, "本人签字确认"),
                new("correction", "户口登记项目变更更正", "行政确认", "姓名、出生日期、民族等登记项目有误时申请更正", ["改名字", "改出生日期", "户口信息更正"],
                    [new("中华人民共和国户口登记条例", "第十八条")],
                    ["id-card", "household-register", "birth-certificate"], ["graduation-certificate", "unit-letter"],
                    [], "居民户口簿（变更页）", "长期有效", 30, 20, false, "现场核实"),
                new("cancellation", "死亡注销户口", "行政确认", "公民死亡后由家属申报注销户口", ["销户", "死亡销户", "注销户口"],
                    [new("中华人民共和国户口登记条例", "第八条")],
                    ["death-certificate", "household-register", "agent-id-card"], ["id-card"],
                    [], "户口注销证明", "长期有效", 1, 0, true, "交回居民身份证"),
            ]),
        new("id-card", "居民身份证", "申领、换领、补领居民身份证和临时身份证", "户政管理大队", "身份证窗口", "户政服务大厅",
            ["申请人为本市常住户口居民或持有居住证", "申请人已满16周岁或由监护人代为申请", "居民身份证有效期满、登记项目变更或证件损坏", "申请人能现场采集人像和指纹"],
            ["可以在全国任一公安机关异地办理", "照相馆可以直接上传相片回执", "领证可以选择邮寄到家", "办理期间可以申领临时身份证", "未满16周岁的由监护人陪同"],
            [("身份证丢了怎么办？", "先挂失，再到户籍窗口补领，可以异地办理。"), ("身份证快到期了怎么办？", "期满前三个月内可以申请换领。"), ("孩子能办身份证吗？", "可以，未满16周岁的由监护人陪同办理。")],
            [
                new("first-issue", "居民身份证首次申领", "行政确认", "年满16周岁或自愿申领的未成年人首次申领居民身份证", ["第一次办身份证", "办身份证", "申领身份证"],
                    [new("中华人民共和国居民身份证法", "第八条")],
                    ["household-register", "photo-receipt"], ["birth-certificate"],
                    [new("居民身份证工本费", 20, "张", "发改价格〔2003〕2322号")], "居民身份证", "按年龄分为5年、10年、20年和长期", 60, 20, false, "现场采集人像和指纹"),
                new("renewal", "居民身份证有效期满换领", "行政确认", "居民身份证有效期满前三个月内申请换领", ["身份证到期", "换身份证", "身份证过期"],
                    [new("中华人民共和国居民身份证法", "第十一条")],
                    ["id-card", "photo-receipt"], ["household-register"],
                    [new("居民身份证工本费", 20, "张", "发改价格〔2003〕2322号")], "居民身份证", "按年龄分为5年、10年、20年和长期", 60, 20, false, "现场采集人像和指纹"),
                new("replacement", "居民身份证遗失补领", "行政确认", "居民身份证遗失或被盗后申请补领", ["身份证丢了", "补办身份证", "身份证被偷"],
                    [new("中华人民共和国居民身份证法", "第十一条")],
                    ["household-register", "photo-receipt"], ["residence-permit"],
                    [new("居民身份证工本费", 40, "张", "发改价格〔2003〕2322号")], "居民身份证", "按年龄分为5年、10年、20年和长期", 60, 20, false, "现场采集人像和指纹"),
                new("temporary", "临时居民身份证申领", "行政确认", "申领身份证期间急需使用时申请临时居民身份证", ["临时身份证", "急用身份证"],
                    [new("中华人民共和国居民身份证法", "第十二条")],
                    ["household-register", "photo-receipt"], [],
                    [new("临时居民身份证工本费", 10, "张", "发改价格〔2003〕2322号")], "临时居民身份证", "3个月", 3, 0, true, "现场核对身份"),
                new("residence-permit", "居住证申领", "公共服务", "离开常住户口所在地居住半年以上的人员申领居住证", ["办居住证", "暂住证", "居住登记"],
                    [new("居住证暂行条例", "第九条")],
                    ["id-card", "house-lease", "photo-receipt"], ["employment-contract", "business-licence"],
                    [], "居住证", "一年，每年签注", 15, 10, false, "现场登记信息"),
            ]),
        new("exit-entry", "出入境", "护照、往来港澳台通行证及签注", "出入境管理支队", "出入境窗口", "出入境接待大厅",
            ["申请人为中国公民", "申请人不属于法律规定不准出境的人员", "申请人具有本市户籍或持有有效居住证", "未满16周岁的由监护人陪同申请"],
            ["护照申请全国通办", "照相馆可以上传数码相片", "可以选择邮政速递送证上门", "签注可以在自助机上办理", "急需出境的可以申请加急"],
            [("护照丢了怎么办？", "先报失，再申请补发，原护照作废。"), ("港澳签注能自助办吗？", "再次签注可以在自助签注机上即时办理。"), ("加急需要什么证明？", "需要提供奔丧、就医、留学等紧急事由的证明。")],
            [
                new("passport-first-issue", "普通护照首次申领", "行政许可", "中国公民因私出国申请普通护照", ["办护照", "护照怎么办", "申请护照"],
                    [new("中华人民共和国护照法", "第六条"), new("中华人民共和国出境入境管理法", "第九条")],
                    ["id-card", "photo-receipt"], ["household-register", "residence-permit"],
                    [new("普通护照", 120, "本", "发改价格〔2019〕1186号")], "普通护照", "未满16周岁5年，16周岁以上10年", 15, 7, false, "现场采集指纹和相片"),
                new("passport-renewal", "普通护照换发", "行政许可", "护照有效期不足六个月或签证页用完时申请换发", ["换护照", "护照到期"],
                    [new("中华人民共和国护照法", "第十一条")],
                    ["id-card", "passport", "photo-receipt"], ["household-register"],
                    [new("普通护照", 120, "本", "发改价格〔2019〕1186号")], "普通护照", "10年", 15, 7, false, "现场采集指纹和相片"),
                new("hk-macao-permit", "往来港澳通行证及签注", "行政许可", "内地居民前往香港、澳门申请通行证和签注", ["港澳通行证", "去香港", "港澳签注"],
                    [new("中国公民因私事往来香港地区或者澳门地区的暂行管理办法", "第三条")],
                    ["id-card", "photo-receipt"], ["household-register"],
                    [new("往来港澳通行证", 60, "证", "发改价格〔2019〕1186号"), new("签注", 15, "次", "发改价格〔2019〕1186号")], "往来港澳通行证", "10年", 15, 7, false, "现场采集指纹和相片"),
                new("taiwan-permit", "大陆居民往来台湾通行证及签注", "行政许可", "大陆居民前往台湾地区申请通行证和签注", ["台湾通行证", "去台湾", "赴台签注"],
                    [new("中国公民往来台湾地区管理办法", "第五条")],
                    ["id-card", "photo-receipt"], ["household-register"],
                    [new("往来台湾通行证", 60, "证", "发改价格〔2019〕1186号"), new("签注", 15, "次", "发改价格〔2019〕1186号")], "大陆居民往来台湾通行证", "10年", 15, 10, false, "现场采集指纹和相片"),
                new("passport-loss", "普通护照遗失补发", "行政许可", "护照遗失或被盗后申请补发", ["护照丢了", "补办护照"],
                    [new("中华人民共和国护照法", "第十一条")],
                    ["id-card", "photo-receipt"], ["household-register"],
                    [new("普通护照", 120, "本", "发改价格〔2019〕1186号")], "普通护照", "10年", 15, 10, false, "现场报失并采集相片"),
            ]),
        new("traffic-accident", "交通事故", "交通事故快处快赔、认定、复核和调解", "交通警察支队事故处理大队", "事故处理窗口", "交通事故快处中心",
            ["事故已向公安机关交通管理部门报警或快处", "申请人为事故当事人或其代理人", "申请在法定期限内提出", "事故未涉及刑事案件"],
            ["轻微事故可以通过交管12123快处快赔", "事故现场先拍照再撤离", "对认定书有异议的在三日内申请复核", "调解不成的可以向法院起诉", "受伤人员的医疗票据要留好"],
            [("轻微剐蹭需要报警吗？", "无人伤亡的可以自行协商或在线快处。"), ("对认定结果不服怎么办？", "收到认定书三日内向上一级交管部门申请复核。"), ("保险理赔要什么材料？", "需要事故认定书或协议书、驾驶证和行驶证。")],
            [
                new("quick-settlement", "交通事故快处快赔", "公共服务", "轻微财产损失事故当事人在线快速处理", ["快处快赔", "轻微事故", "剐蹭处理"],
                    [new("中华人民共和国道路交通安全法", "第七十条"), new("道路交通事故处理程序规定", "第十九条")],
                    ["driving-licence", "vehicle-licence", "compulsory-insurance"], ["id-card"],
                    [], "道路交通事故自行协商协议书", "长期有效", 1, 0, true, "无需到场，在线处理"),
                new("determination", "道路交通事故认定", "行政确认", "公安机关对事故事实和责任作出认定", ["事故认定", "责任认定", "定责"],
                    [new("中华人民共和国道路交通安全法", "第七十三条"), new("道路交通事故处理程序规定", "第六十条")],
                    ["id-card", "driving-licence", "vehicle-licence"], ["medical-records", "power-of-attorney"],
                    [], "道路交通事故认定书", "长期有效", 10, 10, false, "当事人到场询问"),
                new("review", "道路交通事故认定复核", "行政裁决", "当事人对事故认定有异议时申请复核", ["事故复核", "不服认定", "认定复议"],
                    [new("道路交通事故处理程序规定", "第七十一条")],
                    ["id-card", "accident-certificate"], ["power-of-attorney", "agent-id-card"],
                    [], "道路交通事故认定复核结论", "长期有效", 30, 30, false, "提交书面申请"),
                new("mediation", "交通事故损害赔偿调解", "公共服务", "当事人共同申请对损害赔偿争议进行调解", ["事故调解", "赔偿调解", "私了"],
                    [new("道路交通事故处理程序规定", "第八十四条")],
                    ["id-card", "accident-certificate", "medical-records"], ["power-of-attorney"],
                    [], "道路交通事故损害赔偿调解书", "长期有效", 10, 10, false, "各方当事人到场"),
                new("vehicle-release", "事故车辆发还", "公共服务", "事故车辆检验鉴定完成后申请领回", ["领车", "事故车领回", "扣车发还"],
                    [new("道路交通事故处理程序规定", "第四十二条")],
                    ["id-card", "vehicle-licence", "vehicle-registration"], ["power-of-attorney"],
                    [], "车辆发还通知书", "长期有效", 1, 0, true, "到停车场领车"),
            ]),
        new("special-trades", "特种行业", "旅馆业、印章刻制、典当业等特种行业许可", "治安管理支队", "治安窗口", "治安管理服务窗口",
            ["申请单位已取得营业执照", "经营场所符合治安防范要求", "法定代表人和从业人员无违法犯罪记录", "已建立治安保卫制度和登记制度", "安装了公安机关要求的信息系统"],
            ["旅馆业须安装住宿登记系统", "印章刻制业须接入印章治安管理信息系统", "场所变更要重新申请", "许可证到期前30日内申请延续", "经营期间接受治安检查"],
            [("许可证多久有效？", "许可证有效期按行业规定，到期前申请延续。"), ("从业人员需要登记吗？", "需要，入职后及时录入从业人员信息系统。"), ("可以网上申请吗？", "可以在政务服务网提交材料，现场核查后发证。")],
            [
                new("hotel-licence", "旅馆业特种行业许可证核发", "行政许可", "开办旅馆、民宿等住宿服务场所申请特种行业许可", ["开旅馆", "宾馆许可", "民宿办证"],
                    [new("旅馆业治安管理办法", "第四条"), new("国务院对确需保留的行政审批项目设定行政许可的决定", "第三十八项")],
                    ["business-licence", "id-card", "premises-proof", "fire-inspection-report", "security-plan"], ["staff-roster", "house-lease"],
                    [], "特种行业许可证", "长期有效", 20, 10, false, "现场核查经营场所"),
                new("seal-licence", "公章刻制业特种行业许可证核发", "行政许可", "开办公章刻制企业申请特种行业许可", ["刻章店许可", "印章刻制"],
                    [new("印铸刻字业暂行管理规则", "第三条")],
                    ["business-licence", "id-card", "premises-proof", "security-plan"], ["staff-roster"],
                    [], "特种行业许可证", "长期有效", 20, 10, false, "现场核查设备"),
                new("seal-filing", "印章刻制备案", "其他", "单位刻制公章后办理备案", ["刻公章", "印章备案", "公章备案"],
                    [new("国务院关于第三批取消中央指定地方实施行政许可事项的决定", "附件")],
                    ["business-licence", "id-card"], ["unit-letter", "power-of-attorney"],
                    [], "印章备案回执", "长期有效", 1, 0, true, "无需到场，刻章企业代为备案"),
                new("pawn-licence", "典当业特种行业许可证核发", "行政许可", "开办典当行申请特种行业许可", ["典当行许可", "开当铺"],
                    [new("典当管理办法", "第二十四条")],
                    ["business-licence", "id-card", "premises-proof", "security-plan"], ["staff-roster"],
                    [], "特种行业许可证", "长期有效", 20, 10, false, "现场核查经营场所"),
                new("event-permit", "大型群众性活动安全许可", "行政许可", "举办1000人以上的大型群众性活动申请安全许可", ["演唱会审批", "活动报备", "大型活动许可"],
                    [new("大型群众性活动安全管理条例", "第十一条")],
                    ["business-licence", "id-card", "security-plan", "premises-proof"], ["unit-letter"],
                    [], "大型群众性活动安全许可决定书", "活动期间", 20, 7, false, "现场安全检查"),
            ]),
        new("fire-safety", "消防安全", "公众聚集场所投入使用前消防安全检查和消防业务", "消防救援支队", "消防窗口", "消防审批窗口",
            ["场所已取得合法的使用证明", "消防设施已按标准配置并检测合格", "已制定灭火和应急疏散预案", "员工已接受消防安全培训", "场所不存在重大火灾隐患"],
            ["可以选择告知承诺方式办理", "检查前先自查疏散通道", "消防设施要由有资质的机构检测", "承诺不实的将依法撤销许可", "检查不合格的整改后重新申请"],
            [("什么是告知承诺？", "申请人承诺符合条件，部门先发证后检查。"), ("检查要多久？", "采用告知承诺的当场发证，其他在10个工作日内检查。"), ("小餐馆需要办吗？", "公众聚集场所在投入使用前都要办理。")],
            [
                new("pre-opening-inspection", "公众聚集场所投入使用营业前消防安全检查", "行政许可", "宾馆、商场、餐饮等公众聚集场所开业前申请消防安全检查", ["消防检查", "开业消防", "消防审批"],
                    [new("中华人民共和国消防法", "第十五条")],
                    ["business-licence", "id-card", "premises-proof", "fire-inspection-report"], ["fire-design-docs", "power-of-attorney"],
                    [], "公众聚集场所投入使用营业前消防安全检查合格证", "长期有效", 10, 5, false, "现场检查"),
                new("fire-report", "火灾事故认定", "行政确认", "火灾发生后申请对起火原因和灾害成因作出认定", ["火灾认定", "起火原因", "火灾证明"],
                    [new("中华人民共和国消防法", "第五十一条"), new("火灾事故调查规定", "第二十九条")],
                    ["id-card"], ["property-certificate", "power-of-attorney"],
                    [], "火灾事故认定书", "长期有效", 30, 30, false, "配合现场勘验"),
                new("fire-loss-certificate", "火灾损失证明", "公共服务", "受灾单位或个人申请出具火灾损失证明用于理赔", ["火灾损失", "火灾理赔证明"],
                    [new("火灾事故调查规定", "第二十条")],
                    ["id-card"], ["business-licence", "property-certificate"],
                    [], "火灾损失证明", "长期有效", 5, 3, false, "现场核实损失"),
                new("complaint", "火灾隐患举报投诉", "公共服务", "群众举报火灾隐患和消防违法行为", ["消防举报", "堵塞通道", "火灾隐患"],
                    [new("中华人民共和国消防法", "第三十一条")],
                    [], ["id-card"],
                    [], "举报处理结果告知", "长期有效", 3, 3, false, "必要时配合核查"),
                new("fire-training", "消防安全培训", "公共服务", "单位申请消防救援机构开展消防安全培训", ["消防培训", "消防演练"],
                    [new("社会消防安全教育培训规定", "第十四条")],
                    ["business-licence", "unit-letter"], ["staff-roster"],
                    [], "培训记录", "一年", 10, 7, false, "参加现场培训"),
            ]),
    ];

    /// <summary>Step templates: name, detail (a {window} and {office} placeholder may occur).</summary>
    public static readonly (string Name, string Detail)[] OpeningSteps =
    [
        ("预约", "通过政务服务网或公众号预约办理时间"),
        ("申请", "到{window}提交申请材料，或在网上提交电子材料"),
        ("网上申报", "登录政务服务网填写申请表并上传材料"),
    ];

    public static readonly (string Name, string Detail)[] MiddleSteps =
    [
        ("受理", "窗口核对材料，材料齐全的当场受理并出具受理回执"),
        ("审核", "业务部门审核申请材料，必要时核实有关情况"),
        ("核查", "工作人员到现场核查或调取有关记录"),
        ("采集", "现场采集人像、指纹等信息"),
        ("缴费", "按规定标准缴纳费用，可以使用扫码支付"),
        ("决定", "符合条件的作出准予决定，不符合的书面说明理由"),
    ];

    public static readonly (string Name, string Detail)[] ClosingSteps =
    [
        ("领取", "凭受理回执到{window}领取办理结果"),
        ("送达", "办理结果通过邮政速递送达，也可以到窗口自取"),
        ("办结", "当场办结并告知结果"),
    ];

    public static readonly string[] Audiences = ["自然人", "法人", "其他组织"];

    /// <summary>Sentences for body paragraphs, each under 60 characters; {title}, {window}, {office}, {days} may occur.</summary>
    public static readonly string[] BodySentences =
    [
        "办理{title}前，请先核对本页列出的材料。",
        "材料齐全、符合法定形式的，窗口当场受理。",
        "材料不齐全的，窗口一次性告知需要补正的全部内容。",
        "承诺办结时限自受理之日起计算，不含邮寄时间。",
        "复印件请使用A4纸，并由申请人签名确认。",
        "委托他人办理的，代理人须携带本人居民身份证原件。",
        "网上办理的，请按提示上传清晰的材料照片。",
        "{office}周六上午提供延时服务。",
        "老年人、残疾人等群体可以走绿色通道。",
        "对办理结果有异议的，可以依法申请行政复议。",
        "也可以在收到决定之日起六个月内提起行政诉讼。",
        "办理进度可以通过短信或政务服务网查询。",
        "本事项实行首问负责和一次性告知制度。",
        "窗口提供免费复印和材料填写指导服务。",
        "请勿委托非正规中介代办，谨防上当受骗。",
        "电子证照与纸质证照具有同等效力。",
        "特殊情况需要延长时限的，会提前告知申请人。",
        "{title}办结后，结果同步推送到电子证照库。",
        "节假日期间的服务安排另行公告。",
        "办理过程中请保持手机畅通，便于联系。",
        "咨询电话工作日全天有人接听。",
        "本页信息如与窗口告知不一致，以窗口为准。",
    ];

    public static readonly string[] BodyHeadings = ["办理须知", "温馨提示", "特别说明", "注意事项"];

    public static readonly string[] MaterialWhen =
        ["委托他人办理时提供", "信息有变化时提供", "未满16周岁的提供", "单位申请时提供", "已婚的提供", "原件遗失的可以提供复印件"];

    public static readonly string[] MaterialNotes =
        ["查验原件后退回", "复印件须加盖公章", "可以使用电子证照", "须在有效期内", "须本人签名"];
}
