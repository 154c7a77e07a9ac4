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

    /// <summary><paramref name="open"/>, then <paramref name="parts"/> (each already serialized) with a comma between
    /// each two, then <paramref name="close"/>, in one array of the exact size: how an array or object is assembled from
    /// members made (and kept) one by one, e.g. the 40 MB <c>procedures.json</c> from 10,000 records.</summary>
    public static byte[] Join(ReadOnlySpan<byte> open, ReadOnlySpan<byte[]> parts, ReadOnlySpan<byte> close)
    {
        var length = open.Length + Math.Max(0, parts.Length - 1) + close.Length;
        foreach (var part in parts) length += part.Length;
        var joined = new byte[length];
        open.CopyTo(joined);
        var at = open.Length;
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0) joined[at++] = (byte)',';
            parts[i].CopyTo(joined, at);
            at += parts[i].Length;
        }
        close.CopyTo(joined.AsSpan(at));
        return joined;
    }

    /// <summary>120.00 and 120 are the same fee; write both as 120.</summary>
    public static decimal Normalize(decimal value) => value / 1.000000000000000000000000000000000m;
}
