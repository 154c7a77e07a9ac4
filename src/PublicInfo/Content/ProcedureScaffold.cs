using System.Text;

namespace PublicInfo.Content;

/// <summary>Writes a new guide with every field and a Chinese comment on each, for <c>publicinfo new procedure</c>.</summary>
/// <remarks>Values an editor must supply hold <see cref="Placeholder"/>, which <c>check</c> reports by field (PI1113),
/// so a half-written guide can never be published by accident. Ids that must exist (documents, offices) are filled
/// with real ones from the site so the file is valid apart from the placeholders.</remarks>
public static class ProcedureScaffold
{
    public const string Placeholder = "【待填写】";

    public static string Create(string id, Category category, SiteConfig config, string documentId, string officeId, DateOnly today)
    {
        var p = Placeholder;
        var text = new StringBuilder();
        text.Append($$"""
            ---
            # 办事指南：每个字段的含义见 CONTENT-SCHEMA.md。写好后运行 publicinfo check。
            id: {{id}}                        # 固定编号，用作网址和发布记录的键；发布后不要修改
            title: {{p}}事项名称                 # 事项名称，例如：普通护照首次申领
            category: {{category.Id}}                  # 所属类别（{{category.Name}}），见 site/site.yml
            item_type: 公共服务                # 事项类型：行政许可 | 行政确认 | 行政给付 | 行政裁决 | 公共服务 | 其他
            summary: {{p}}一句话说明这个事项        # 一句话，不超过80字，显示在列表和搜索结果中
            aliases: []                       # 群众常说的叫法，例如 [办护照, 护照怎么办]；用于搜索
            authority: {{config.Organisation}}      # 实施主体
            legal_basis:                      # 设定依据：法律法规名称和条款
              - { name: {{p}}法律法规名称, article: "" }
            audience: [自然人]                 # 服务对象
            conditions:                       # 受理条件，每条一句
              - {{p}}受理条件
            materials:                        # 申请材料：document 填 input/documents.yml 中的编号
              - document: {{documentId}}        # 改为实际需要的证件
                originals: 1                  # 原件份数
                copies: 0                     # 复印件份数
                necessity: 必要                # 必要 | 非必要 | 容缺后补
                form: 纸质                     # 纸质 | 电子 | 纸质或电子
                when: ""                      # 什么情况下需要（可选）
                note: ""                      # 备注（可选）
            steps:                            # 办理流程，按顺序
              - { name: 申请, detail: {{p}}到哪里、做什么, where: 窗口 }
            time_limit:
              legal: { value: 20, unit: 工作日 }      # 法定办结时限
              promised: { value: 10, unit: 工作日 }   # 承诺办结时限
            case_type: 承诺件                  # 即办件 | 承诺件
            fees: []                          # 收费；免费写 []；收费写 - { name: 工本费, amount: 20, unit: 张, basis: 收费依据文件 }
            online: { available: false }      # 网上办理：可以网办时写 available: true 和 url
            visits: { max: 1, reason: {{p}}需要到现场的原因 }   # 到现场次数；大于0时必须写原因
            scope: 属地办理                    # 通办范围：全国通办 | 跨省通办 | 市内通办 | 属地办理
            offices: [{{officeId}}]             # 办理地点：input/offices/ 中的编号
            phones: { consult: {{config.Phones.Consult}}, complaint: {{config.Phones.Complaint}} }   # 咨询电话、投诉电话（不能相同）
            result: { name: {{p}}办理结果, validity: "" }   # 办理结果及有效期
            status: active                    # active | suspended | withdrawn
            effective_from: {{today:yyyy-MM-dd}}          # 生效日期；写将来的日期即为预告的新版本
            review_due: {{today.AddYears(1):yyyy-MM-dd}}              # 下次复核日期
            change_note: ""                   # 实质性修改（材料、流程、时限、收费等）发布时必须说明
            ---
            {{p}}在这里用简短的句子补充说明特殊情况。

            ## 常见问题

            ### {{p}}问题

            {{p}}回答。

            """);
        return text.ToString();
    }
}
