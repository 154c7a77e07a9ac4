namespace PublicInfo.Records;

/// <summary>Reads the Chinese day ranges of opening hours (周一至周五, 周六、周日, 工作日, 每天) as RFC 5545 BYDAY lists.</summary>
public static class WeekDays
{
    private static readonly string[] Codes = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

    /// <summary>"MO,TU,WE,TH,FR" for 周一至周五; null when the text is not a plain day list (then only the description carries it).</summary>
    public static string? ToByDay(string days)
    {
        var text = days.Replace("星期", "周").Replace("礼拜", "周").Replace(" ", "");
        if (text is "每天" or "每日" or "全天" or "全年无休") return string.Join(',', Codes);
        if (text is "工作日") return "MO,TU,WE,TH,FR";
        var selected = new SortedSet<int>();
        foreach (var part in text.Split(['、', '，', ',', '；', '及', '和']))
        {
            var range = part.Split(["至", "到", "-", "–", "—", "~", "～"], StringSplitOptions.None);
            if (range.Length == 1 && Day(range[0]) is { } single) selected.Add(single);
            else if (range.Length == 2 && Day(range[0]) is { } from && Day(range[1]) is { } to && from <= to)
                for (var d = from; d <= to; d++) selected.Add(d);
            else return null;
        }
        return selected.Count == 0 ? null : string.Join(',', selected.Select(d => Codes[d]));
    }

    private static int? Day(string text) => text switch
    {
        "周一" => 0, "周二" => 1, "周三" => 2, "周四" => 3, "周五" => 4, "周六" => 5, "周日" or "周天" => 6,
        _ => null,
    };
}
