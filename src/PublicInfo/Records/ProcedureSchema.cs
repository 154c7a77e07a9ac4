using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using PublicInfo.Content;

namespace PublicInfo.Records;

/// <summary>The JSON Schema (draft 2020-12) of <see cref="ProcedureRecord"/>: strict, every key required (absent values are null),
/// no unknown keys, closed lists taken from <see cref="Vocabulary"/>.</summary>
/// <remarks>The record writer stays the single source of the shape; this schema describes it, and the tests validate every
/// record of the fixture and the sample against it, so the two cannot drift apart unnoticed. Only these keywords are used:
/// type, properties, required, additionalProperties, enum, items, pattern, format (date), minimum.</remarks>
public static class ProcedureSchema
{
    /// <summary>The id pattern of <see cref="Vocabulary.IsValidId"/>.</summary>
    public const string IdPattern = "^[a-z0-9]+(-[a-z0-9]+)*$";

    /// <summary>The schema document for a site (its <c>$id</c> is the published URL).</summary>
    public static JsonObject Build(string baseUrl)
    {
        var duration = () => Nullable(Object(
            ("value", new JsonObject { ["type"] = "number", ["minimum"] = 0 }),
            ("unit", Enum(Vocabulary.TimeUnits))));

        var schema = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = OpenDataPaths.Absolute(baseUrl, OpenDataPaths.Schema),
            ["title"] = "办事指南记录 (procedure guide record)",
            ["description"] = "The canonical JSON record of one procedure guide, as served at data/procedures/<id>.json and hashed by the publication log. Every key is always present; an absent optional value is null.",
        };
        foreach (var (key, value) in Object(
            ("id", Pattern(IdPattern)),
            ("title", Str()),
            ("category", Pattern(IdPattern)),
            ("category_name", NullableStr()),
            ("item_type", NullableEnum(Vocabulary.ItemTypes)),
            ("codes", Nullable(Object(("catalog", NullableStr()), ("implementation", NullableStr())))),
            ("summary", Str()),
            ("aliases", Array(Str())),
            ("authority", Str()),
            ("legal_basis", Array(Object(("name", Str()), ("article", NullableStr())))),
            ("audience", Array(Str())),
            ("conditions", Array(Str())),
            ("materials", Array(Object(
                ("document", Pattern(IdPattern)),
                ("name", NullableStr()),
                ("originals", Count()),
                ("copies", Count()),
                ("necessity", Enum(Vocabulary.Necessities)),
                ("form", NullableEnum(Vocabulary.Forms)),
                ("when", NullableStr()),
                ("note", NullableStr())))),
            ("steps", Array(Object(("name", Str()), ("detail", Str()), ("where", NullableStr())))),
            ("time_limit", Object(("legal", duration()), ("promised", duration()))),
            ("case_type", NullableEnum(Vocabulary.CaseTypes)),
            ("fees", Array(Object(
                ("name", Str()),
                ("amount", new JsonObject { ["type"] = "number", ["minimum"] = 0 }),
                ("unit", NullableStr()),
                ("basis", Str())))),
            ("online", Nullable(Object(
                ("available", new JsonObject { ["type"] = "boolean" }),
                ("depth", new JsonObject { ["type"] = new JsonArray("integer", "null"), ["minimum"] = 0 }),
                ("url", NullableStr()),
                ("appointment", new JsonObject { ["type"] = "boolean" })))),
            ("visits", Object(("max", Count()), ("reason", NullableStr()))),
            ("scope", NullableEnum(Vocabulary.Scopes)),
            ("offices", Array(Object(("id", Pattern(IdPattern)), ("name", NullableStr())))),
            ("phones", Object(("consult", Str()), ("complaint", Str()))),
            ("result", Nullable(Object(("name", NullableStr()), ("validity", NullableStr())))),
            ("status", Enum(Vocabulary.Statuses)),
            ("effective_from", new JsonObject { ["type"] = "string", ["format"] = "date" }),
            ("review_due", new JsonObject { ["type"] = new JsonArray("string", "null"), ["format"] = "date" }),
            ("change_note", NullableStr()),
            ("body", Str())))
        {
            schema[key] = value!.DeepClone();
        }
        return schema;
    }

    /// <summary>The schema file's bytes: indented for people, keys in the order above, Chinese unescaped, LF line ends.</summary>
    public static byte[] Bytes(string baseUrl)
    {
        var text = Build(baseUrl).ToJsonString(new JsonSerializerOptions
        {
            WriteIndented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }).Replace("\r\n", "\n") + "\n";
        return System.Text.Encoding.UTF8.GetBytes(text);
    }

    private static JsonObject Str() => new() { ["type"] = "string" };
    private static JsonObject NullableStr() => new() { ["type"] = new JsonArray("string", "null") };
    private static JsonObject Pattern(string pattern) => new() { ["type"] = "string", ["pattern"] = pattern };
    private static JsonObject Count() => new() { ["type"] = "integer", ["minimum"] = 0 };
    private static JsonObject Array(JsonObject items) => new() { ["type"] = "array", ["items"] = items };

    private static JsonObject Enum(IEnumerable<string> values) =>
        new() { ["type"] = "string", ["enum"] = new JsonArray(values.Select(v => (JsonNode)JsonValue.Create(v)).ToArray()) };

    private static JsonObject NullableEnum(IEnumerable<string> values) => new()
    {
        ["type"] = new JsonArray("string", "null"),
        ["enum"] = new JsonArray([.. values.Select(v => (JsonNode?)JsonValue.Create(v)), null]),
    };

    /// <summary>An object schema that is null or the given object; keeps the object's keywords and widens its type.</summary>
    private static JsonObject Nullable(JsonObject objectSchema)
    {
        objectSchema["type"] = new JsonArray("object", "null");
        return objectSchema;
    }

    private static JsonObject Object(params (string Key, JsonObject Schema)[] properties)
    {
        var props = new JsonObject();
        foreach (var (key, schema) in properties) props[key] = schema;
        return new JsonObject
        {
            ["type"] = "object",
            ["properties"] = props,
            ["required"] = new JsonArray(properties.Select(p => (JsonNode)JsonValue.Create(p.Key)).ToArray()),
            ["additionalProperties"] = false,
        };
    }
}
