using System.Globalization;
using System.Text.Json;

namespace PublicInfo.Records;

/// <summary>Field-level differences between two canonical records of one guide.</summary>
/// <remarks>Works on records, not on parsed guides, because older versions exist only as records in the log.
/// Lists are compared by their natural key (a material by its document, a fee by its name, an office by its id),
/// so a reordered list is not reported as everything removed and added again.</remarks>
public static class RecordDiff
{
    /// <summary>The fields whose change is substantive (CONTENT-SCHEMA.md, change notes).</summary>
    public static readonly IReadOnlySet<string> SubstantiveFields = new HashSet<string>(StringComparer.Ordinal)
    {
        "materials", "conditions", "steps", "time_limit", "fees", "visits", "online", "scope", "offices", "status",
    };

    public static IReadOnlyList<FieldChange> Compare(byte[] before, byte[] after)
    {
        using var a = JsonDocument.Parse(before);
        using var b = JsonDocument.Parse(after);
        return Compare(a.RootElement, b.RootElement);
    }

    public static IReadOnlyList<FieldChange> Compare(JsonElement before, JsonElement after)
    {
        var changes = new List<FieldChange>();
        void Add(string field, string kind, string text) => changes.Add(new FieldChange(field, kind, text, SubstantiveFields.Contains(field)));

        Scalar("title", "事项名称");
        Scalar("summary", "简介");
        Scalar("status", "状态");
        Scalar("case_type", "办件类型");
        Scalar("scope", "通办范围");
        Scalar("effective_from", "生效日期");

        Keyed("materials", "材料", m => Text(m, "document"), m => Text(m, "name") ?? Text(m, "document") ?? "",
            ["originals", "copies", "necessity", "form", "when", "note"],
            new Dictionary<string, string> { ["originals"] = "原件", ["copies"] = "复印件", ["necessity"] = "必要性", ["form"] = "形式", ["when"] = "适用情形", ["note"] = "备注" });
        Keyed("fees", "收费", f => Text(f, "name"), f => Text(f, "name") ?? "", ["amount", "unit", "basis"],
            new Dictionary<string, string> { ["amount"] = "金额", ["unit"] = "单位", ["basis"] = "依据" });
        Keyed("steps", "步骤", s => Text(s, "name"), s => Text(s, "name") ?? "", ["detail", "where"],
            new Dictionary<string, string> { ["detail"] = "内容", ["where"] = "地点" });
        Keyed("offices", "办理地点", o => Text(o, "id"), o => Text(o, "name") ?? Text(o, "id") ?? "", [], new Dictionary<string, string>());
        Strings("conditions", "受理条件");

        Nested("time_limit", "legal", "法定办结时限", Duration);
        Nested("time_limit", "promised", "承诺办结时限", Duration);
        Nested("visits", "max", "到现场次数", Show);
        Nested("visits", "reason", "到现场原因", Show);
        Nested("online", "available", "可网上办理", Show);
        Nested("online", "url", "网上办理地址", Show);
        Nested("phones", "consult", "咨询电话", Show);
        Nested("phones", "complaint", "投诉电话", Show);
        if (!Same(Get(before, "legal_basis"), Get(after, "legal_basis"))) Add("legal_basis", "changed", "设定依据有修改");
        if (!Same(Get(before, "result"), Get(after, "result"))) Add("result", "changed", "办理结果有修改");
        if (!Same(Get(before, "body"), Get(after, "body"))) Add("body", "changed", "说明文字有修改");
        return changes;

        void Scalar(string field, string label)
        {
            var (x, y) = (Get(before, field), Get(after, field));
            if (!Same(x, y)) Add(field, "changed", $"{label}：{Show(x)} → {Show(y)}");
        }

        void Nested(string field, string key, string label, Func<JsonElement?, string> show)
        {
            var (x, y) = (Get(Get(before, field), key), Get(Get(after, field), key));
            if (!Same(x, y)) Add(field, "changed", $"{label}：{show(x)} → {show(y)}");
        }

        void Strings(string field, string label)
        {
            var x = Items(before, field).Select(e => e.GetString() ?? "").ToList();
            var y = Items(after, field).Select(e => e.GetString() ?? "").ToList();
            foreach (var added in y.Except(x)) Add(field, "added", $"新增{label}：{added}");
            foreach (var removed in x.Except(y)) Add(field, "removed", $"删除{label}：{removed}");
        }

        void Keyed(string field, string label, Func<JsonElement, string?> key, Func<JsonElement, string> name,
            string[] properties, Dictionary<string, string> labels)
        {
            var x = Items(before, field).GroupBy(e => key(e) ?? "").ToDictionary(g => g.Key, g => g.First());
            var y = Items(after, field).GroupBy(e => key(e) ?? "").ToDictionary(g => g.Key, g => g.First());
            foreach (var (k, item) in y.Where(kv => !x.ContainsKey(kv.Key)).OrderBy(kv => kv.Key, StringComparer.Ordinal))
                Add(field, "added", $"新增{label}：{name(item)}");
            foreach (var (k, item) in x.Where(kv => !y.ContainsKey(kv.Key)).OrderBy(kv => kv.Key, StringComparer.Ordinal))
                Add(field, "removed", $"删除{label}：{name(item)}");
            foreach (var k in x.Keys.Intersect(y.Keys).Order(StringComparer.Ordinal))
                foreach (var property in properties)
                {
                    var (p, q) = (Get(x[k], property), Get(y[k], property));
                    if (!Same(p, q)) Add(field, "changed", $"{label}“{name(y[k])}”的{labels[property]}：{Show(p)} → {Show(q)}");
                }
        }
    }

    private static JsonElement? Get(JsonElement? element, string name) =>
        element is { ValueKind: JsonValueKind.Object } e && e.TryGetProperty(name, out var value) ? value : null;

    private static IEnumerable<JsonElement> Items(JsonElement element, string name) =>
        Get(element, name) is { ValueKind: JsonValueKind.Array } array ? array.EnumerateArray() : [];

    private static string? Text(JsonElement element, string name) =>
        Get(element, name) is { ValueKind: JsonValueKind.String } s ? s.GetString() : null;

    private static bool Same(JsonElement? a, JsonElement? b)
    {
        var x = a is null || a.Value.ValueKind == JsonValueKind.Null ? "null" : a.Value.GetRawText();
        var y = b is null || b.Value.ValueKind == JsonValueKind.Null ? "null" : b.Value.GetRawText();
        return x == y;
    }

    private static string Show(JsonElement? element) => element switch
    {
        null => "无",
        { ValueKind: JsonValueKind.Null } => "无",
        { ValueKind: JsonValueKind.String } e => e.GetString() is { Length: > 0 } s ? s : "无",
        { ValueKind: JsonValueKind.True } => "是",
        { ValueKind: JsonValueKind.False } => "否",
        { ValueKind: JsonValueKind.Number } e => e.GetDecimal().ToString(CultureInfo.InvariantCulture),
        var e => e.Value.GetRawText(),
    };

    private static string Duration(JsonElement? element) =>
        element is { ValueKind: JsonValueKind.Object } e ? $"{Show(Get(e, "value"))}{Show(Get(e, "unit"))}" : "无";
}
