using System.Text.Json;
using System.Text.Json.Serialization;

namespace PublicInfo.Content;

/// <summary>
/// A <see cref="SourceMap"/> as <c>["file", bodyLine, "path⇥line⇥column↵…"]</c>: the file once instead of in every
/// position, and the positions as one string that is unpacked only when a rule asks for one (most guides are never
/// reported on). A map whose key paths cannot be packed is written <c>["file", bodyLine, "path", line, column, …]</c>.
/// Used by the on-disk parse cache.
/// </summary>
internal sealed class SourceMapJsonConverter : JsonConverter<SourceMap>
{
    public override SourceMap Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        Expect(ref reader, JsonTokenType.StartArray);
        reader.Read();
        var file = reader.GetString() ?? throw new JsonException("a source map without a file");
        reader.Read();
        var bodyLine = reader.GetInt32();
        reader.Read();
        if (reader.TokenType == JsonTokenType.EndArray) return new SourceMap(file, new Dictionary<string, SourceLocation>(), bodyLine);
        var first = reader.GetString() ?? throw new JsonException("a source position without a path");
        reader.Read();
        if (reader.TokenType == JsonTokenType.EndArray) return SourceMap.FromPacked(file, bodyLine, first);

        var positions = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        var path = first;
        while (true)
        {
            var line = reader.GetInt32();
            reader.Read();
            positions[KeyPaths.Shared(path)] = new SourceLocation(file, line, reader.GetInt32());
            reader.Read();
            if (reader.TokenType == JsonTokenType.EndArray) break;
            path = reader.GetString() ?? throw new JsonException("a source position without a path");
            reader.Read();
        }
        return new SourceMap(file, positions, bodyLine);
    }

    public override void Write(Utf8JsonWriter writer, SourceMap value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        writer.WriteStringValue(value.File);
        writer.WriteNumberValue(value.BodyLine);
        var packed = value.PackedPositions();
        if (packed is null)
        {
            // Every position of a parsed file is in that file; the cache relies on it to store the name once.
            foreach (var (path, location) in value.Positions)
                if (location.File != value.File) throw new JsonException($"{path} points into {location.File}, not {value.File}");
            packed = SourceMap.Pack(value.Positions);
        }
        if (packed is not null)
        {
            if (packed.Length > 0) writer.WriteStringValue(packed);
        }
        else
        {
            foreach (var (path, location) in value.Positions)
            {
                writer.WriteStringValue(path);
                writer.WriteNumberValue(location.Line);
                writer.WriteNumberValue(location.Column);
            }
        }
        writer.WriteEndArray();
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type)
    {
        if (reader.TokenType != type) throw new JsonException($"expected {type}, found {reader.TokenType}");
    }
}
