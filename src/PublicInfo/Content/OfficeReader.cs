using System.Text.RegularExpressions;

namespace PublicInfo.Content;

/// <summary>Reads one input/offices/&lt;id&gt;.yml.</summary>
internal static partial class OfficeReader
{
    public static Office? Read(string file, string text, DiagnosticBag diagnostics)
    {
        var (yaml, root) = YamlFile.Parse(file, FrontMatter.Normalize(text), 1, diagnostics);
        if (yaml.RootMap(root, "an office file") is not { } map) return null;
        var id = IdReader.Read(map, "id");
        var name = map.String("name", required: true);
        var address = map.String("address", required: true);
        var hours = map.MapList("hours", required: true).Select(ReadHours).ToList();
        var phone = map.String("phone", required: true);
        var accessible = map.Bool("accessible");
        var note = map.String("note");
        var handles = map.StringList("handles");
        map.RejectUnknownKeys();
        if (id is null || name is null || address is null || phone is null || hours.Contains(null)) return null;
        return new Office
        {
            Id = id, Name = name, Address = address, Hours = hours!, Phone = phone, Accessible = accessible ?? false,
            Note = note, Handles = handles, Source = yaml.ToSourceMap(),
        };
    }

    private static OpeningHours? ReadHours(YamlMap map)
    {
        var days = map.String("days", required: true);
        var open = ReadTime(map, "open");
        var close = ReadTime(map, "close");
        map.RejectUnknownKeys();
        return days is null || open is null || close is null ? null : new OpeningHours(days, open, close);
    }

    private static string? ReadTime(YamlMap map, string key)
    {
        var time = map.String(key, required: true);
        if (time is null || TimePattern().IsMatch(time)) return time;
        map.Report(SchemaRules.WrongType, key, $"'{key}' must be a time written \"HH:MM\" in quotes, found '{time}'");
        return null;
    }

    [GeneratedRegex("^([01][0-9]|2[0-3]):[0-5][0-9]$")]
    private static partial Regex TimePattern();
}
