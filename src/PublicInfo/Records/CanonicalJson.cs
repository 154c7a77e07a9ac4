using System.Text.Encodings.Web;
using System.Text.Json;

namespace PublicInfo.Records;

/// <summary>The one JSON style of records: UTF-8, properties in the order written, no insignificant whitespace,
/// Chinese kept as is, numbers without trailing zeros.</summary>
/// <remarks>Records are hashed into the publication log, so the same content must always give the same bytes.</remarks>
public static class CanonicalJson
{
    public static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = false,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = false,
    };

    public static byte[] Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions)) write(writer);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>120.00 and 120 are the same fee; write both as 120.</summary>
    public static decimal Normalize(decimal value) => value / 1.000000000000000000000000000000000m;
}
