using System.Text.Json;
using PublicInfo.Records;

namespace PublicInfo.Publishing;

/// <summary>One published version of a guide: the bytes the publication log hashes and the site serves at
/// <c>/data/procedures/&lt;id&gt;/v&lt;version&gt;.json</c>.</summary>
public sealed record LogEntry(string Id, int Version, DateOnly Published, string? ChangeNote, string? SourceCommit, byte[] Record)
{
    /// <summary>Canonical bytes: keys in the order of TRANSPARENCY.md, no insignificant whitespace, the record embedded verbatim.</summary>
    public byte[] ToBytes() => CanonicalJson.Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("id", Id);
        w.WriteNumber("version", Version);
        w.WriteString("published", Published.ToString("yyyy-MM-dd"));
        w.WriteString("change_note", ChangeNote);
        w.WriteString("source_commit", SourceCommit);
        w.WritePropertyName("record");
        w.WriteRawValue(Record, skipInputValidation: false);
        w.WriteEndObject();
    });

    public static LogEntry Parse(byte[] bytes)
    {
        using var json = JsonDocument.Parse(bytes);
        var root = json.RootElement;
        var record = root.GetProperty("record").GetRawText();
        return new LogEntry(
            root.GetProperty("id").GetString() ?? throw new FormatException("entry without id"),
            root.GetProperty("version").GetInt32(),
            DateOnly.ParseExact(root.GetProperty("published").GetString()!, "yyyy-MM-dd"),
            root.GetProperty("change_note").GetString(),
            root.GetProperty("source_commit").GetString(),
            System.Text.Encoding.UTF8.GetBytes(record));
    }

    /// <summary>Where the site serves this entry.</summary>
    public string ServedPath => $"data/procedures/{Id}/v{Version}.json";
}
