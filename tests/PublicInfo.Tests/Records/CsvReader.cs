using System.Text;

namespace PublicInfo.Tests.Records;

/// <summary>A strict RFC 4180 reader for the tests: CRLF records, quoted fields with doubled quotes; anything else throws.</summary>
public static class CsvReader
{
    /// <summary>Rows as lists of fields, header included. The BOM must be present and is removed.</summary>
    public static List<List<string>> Read(byte[] bytes)
    {
        Assert.True(bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF, "CSV must start with a UTF-8 BOM");
        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, 3, bytes.Length - 3);
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"')
            {
                if (field.Length > 0) throw new FormatException($"quote inside an unquoted field at {i}");
                i++;
                while (true)
                {
                    if (i >= text.Length) throw new FormatException("unterminated quoted field");
                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i += 2; continue; }
                        i++;
                        break;
                    }
                    field.Append(text[i++]);
                }
                if (i < text.Length && text[i] != ',' && text[i] != '\r') throw new FormatException($"text after a closing quote at {i}");
                continue;
            }
            switch (text[i])
            {
                case ',':
                    row.Add(field.ToString()); field.Clear(); i++;
                    break;
                case '\r':
                    if (i + 1 >= text.Length || text[i + 1] != '\n') throw new FormatException($"bare CR at {i}");
                    row.Add(field.ToString()); field.Clear(); rows.Add(row); row = []; i += 2;
                    break;
                case '\n':
                    throw new FormatException($"bare LF at {i}: records end with CRLF");
                default:
                    field.Append(text[i++]);
                    break;
            }
        }
        if (field.Length > 0 || row.Count > 0) throw new FormatException("last record does not end with CRLF");
        return rows;
    }

    /// <summary>Data rows as dictionaries by header name; every row must have the header's width.</summary>
    public static List<Dictionary<string, string>> ReadRecords(byte[] bytes)
    {
        var rows = Read(bytes);
        var header = rows[0];
        return rows.Skip(1).Select((r, n) =>
        {
            Assert.True(r.Count == header.Count, $"row {n + 2} has {r.Count} fields, header has {header.Count}");
            return header.Zip(r).ToDictionary(x => x.First, x => x.Second);
        }).ToList();
    }
}
