using System.Globalization;
using System.Text;

namespace PublicInfo.Records;

/// <summary>An RFC 4180 table: a header row, then one row per record, written as UTF-8 with a byte order mark.</summary>
/// <remarks>Lines end with CRLF as RFC 4180 section 2 says; a field is quoted only when it holds a comma, a quote,
/// CR or LF (quotes doubled). The BOM is what makes Excel on a Chinese Windows read the file as UTF-8 instead of GBK.
/// Null and empty are both written as an empty field.</remarks>
public sealed class CsvTable
{
    /// <summary>The separator of list values inside one field (aliases, conditions, material names...).</summary>
    public const string ListSeparator = "；";

    private readonly StringBuilder _text = new();
    private readonly int _columns;

    /// <summary>Starts a table with its header row.</summary>
    public CsvTable(params string[] header)
        : this(header.Length)
    {
        Row(header);
        RowCount = 0;
    }

    /// <summary>Rows without a header, for <see cref="Lines"/>.</summary>
    private CsvTable(int columns) => _columns = columns;

    /// <summary>Data rows written so far (the header not counted).</summary>
    public int RowCount { get; private set; }

    /// <summary>Appends one row; it must have as many fields as the header.</summary>
    public void Row(params object?[] fields)
    {
        if (fields.Length != _columns)
            throw new ArgumentException($"row has {fields.Length} fields, header has {_columns}");
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0) _text.Append(',');
            Field(Format(fields[i]));
        }
        _text.Append("\r\n");
        RowCount++;
    }

    /// <summary>Appends rows already made by <see cref="Lines"/> for a table of the same header.</summary>
    public void AppendLines(string lines, int count)
    {
        _text.Append(lines);
        RowCount += count;
    }

    /// <summary>Rows as text, to be appended to a table of <paramref name="columns"/> columns later (<see cref="AppendLines"/>).</summary>
    public static string Lines(int columns, IEnumerable<object?[]> rows)
    {
        var table = new CsvTable(columns);
        foreach (var row in rows) table.Row(row);
        return table._text.ToString();
    }

    /// <summary>The file's bytes: BOM, then UTF-8 text.</summary>
    public byte[] ToBytes()
    {
        var preamble = Encoding.UTF8.GetPreamble();
        var body = Encoding.UTF8.GetBytes(_text.ToString());
        return [.. preamble, .. body];
    }

    /// <summary>How every value type is written: invariant numbers without trailing zeros, true/false, ISO dates, lists joined by <see cref="ListSeparator"/>.</summary>
    public static string Format(object? value) => value switch
    {
        null => "",
        string s => s,
        bool b => b ? "true" : "false",
        decimal d => CanonicalJson.Normalize(d).ToString(CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IEnumerable<string> list => string.Join(ListSeparator, list),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private void Field(string value)
    {
        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0) { _text.Append(value); return; }
        _text.Append('"').Append(value.Replace("\"", "\"\"")).Append('"');
    }
}
