using System.Text.Json;
using System.Text.Json.Serialization;

namespace PublicInfo.Content;

/// <summary>
/// A <see cref="SourceMap"/> as <c>["file", bodyLine, "path", line, column, …]</c>: the file once instead of in every
/// position, and the key paths shared again on reading (<see cref="KeyPaths"/>). Used by the on-disk parse cache.
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
        var positions = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var path = KeyPaths.Shared(reader.GetString() ?? throw new JsonException("a source position without a path"));
            reader.Read();
            var line = reader.GetInt32();
            reader.Read();
            positions[path] = new SourceLocation(file, line, reader.GetInt32());
        }
        return new SourceMap(file, positions, bodyLine);
    }

    public override void Write(Utf8JsonWriter writer, SourceMap value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        writer.WriteStringValue(value.File);
        writer.WriteNumberValue(value.BodyLine);
        foreach (var (path, location) in value.Positions)
        {
            // Every position of a parsed file is in that file; the cache relies on it to store the name once.
            if (location.File != value.File) throw new JsonException($"{path} points into {location.File}, not {value.File}");
            writer.WriteStringValue(path);
            writer.WriteNumberValue(location.Line);
            writer.WriteNumberValue(location.Column);
        }
        writer.WriteEndArray();
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type)
    {
        if (reader.TokenType != type) throw new JsonException($"expected {type}, found {reader.TokenType}");
    }
}
