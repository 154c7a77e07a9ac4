using System.Globalization;
using PublicInfo.Content;

namespace PublicInfo.Rendering;

/// <summary>How values read in Chinese on the page: dates, time limits, fees, trips, statuses.</summary>
public static class DisplayText
{
    public static string Date(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";

    public static string Duration(Duration? duration) => duration is null ? "" : duration.Unit switch
    {
        "工作日" => $"{Number(duration.Value)}个工作日",
        "个月" => $"{Number(duration.Value)}个月",
        _ => $"{Number(duration.Value)}{duration.Unit}",
    };

    public static string Fee(Fee fee) => fee.Unit is { Length: > 0 } unit ? $"{Number(fee.Amount)}元/{unit}" : $"{Number(fee.Amount)}元";

    public static string Visits(Visits visits) => visits.Max switch
    {
        0 => "不用跑，全程网上办理",
        1 => "最多跑一次",
        var n => $"需到现场{n}次",
    };

    public static string Count(Material material)
    {
        var parts = new List<string>();
        if (material.Originals > 0) parts.Add($"原件{material.Originals}份");
        if (material.Copies > 0) parts.Add($"复印件{material.Copies}份");
        return parts.Count == 0 ? "出示即可" : string.Join("，", parts);
    }

    public static string Status(string status) => status switch
    {
        "suspended" => "暂停办理",
        "withdrawn" => "已取消",
        _ => "正常办理",
    };

    /// <summary>ISO 8601 duration for schema.org; working days are given as days, the closest the format allows.</summary>
    public static string? IsoDuration(Duration? duration)
    {
        if (duration is null || duration.Value <= 0) return null;
        var n = Number(duration.Value);
        return duration.Unit switch
        {
            "工作日" or "日" or "自然日" => $"P{n}D",
            "个月" => $"P{n}M",
            "小时" => $"PT{n}H",
            "分钟" => $"PT{n}M",
            _ => null,
        };
    }

    public static string Number(decimal value) => (value / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);
}
