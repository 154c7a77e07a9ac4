using System.Text.RegularExpressions;

namespace PublicInfo.Content;

/// <summary>The closed value lists of the schema (CONTENT-SCHEMA.md), in one place.</summary>
public static partial class Vocabulary
{
    public static readonly IReadOnlyList<string> ItemTypes = ["行政许可", "行政确认", "行政给付", "行政裁决", "公共服务", "其他"];
    public static readonly IReadOnlyList<string> Necessities = ["必要", "非必要", "容缺后补"];
    public static readonly IReadOnlyList<string> Forms = ["纸质", "电子", "纸质或电子"];
    public static readonly IReadOnlyList<string> CaseTypes = ["即办件", "承诺件"];
    public static readonly IReadOnlyList<string> Scopes = ["全国通办", "跨省通办", "市内通办", "属地办理"];
    public static readonly IReadOnlyList<string> Statuses = ["active", "suspended", "withdrawn"];
    public static readonly IReadOnlyList<string> TimeUnits = ["工作日", "日", "自然日", "小时", "分钟", "个月"];

    /// <summary>Ids become URLs and log keys: lower-case latin, digits, single hyphens.</summary>
    public static bool IsValidId(string id) => IdPattern().IsMatch(id);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();
}
