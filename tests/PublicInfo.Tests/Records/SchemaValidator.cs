using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace PublicInfo.Tests.Records;

/// <summary>A JSON Schema draft 2020-12 validator for the keywords procedure.schema.json uses: type, properties, required,
/// additionalProperties (false or a schema), enum, items, pattern, format "date", minimum. Any other keyword in a schema
/// fails loudly, so the schema cannot grow a keyword this validator silently ignores.</summary>
public static class SchemaValidator
{
    private static readonly HashSet<string> Annotations = ["$schema", "$id", "title", "description"];
    private static readonly HashSet<string> Supported =
        ["type", "properties", "required", "additionalProperties", "enum", "items", "pattern", "format", "minimum"];

    /// <summary>Every violation, as "path: what"; empty when the instance is valid.</summary>
    public static List<string> Validate(JsonElement schema, JsonElement instance)
    {
        var errors = new List<string>();
        Check(schema, instance, "$", errors);
        return errors;
    }

    private static void Check(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        foreach (var keyword in schema.EnumerateObject())
            if (!Supported.Contains(keyword.Name) && !Annotations.Contains(keyword.Name))
                throw new NotSupportedException($"schema keyword '{keyword.Name}' at {path} is not supported by this validator");

        if (schema.TryGetProperty("type", out var type))
        {
            var types = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToList() : [type.GetString()!];
            if (!types.Any(t => HasType(value, t)))
            {
                errors.Add($"{path}: expected {string.Join(" or ", types)}, found {value.ValueKind}");
                return;
            }
        }
        if (schema.TryGetProperty("enum", out var allowed) && !allowed.EnumerateArray().Any(a => JsonElement.DeepEquals(a, value)))
            errors.Add($"{path}: {value.GetRawText()} is not one of {allowed.GetRawText()}");

        if (value.ValueKind == JsonValueKind.String)
        {
            var text = value.GetString()!;
            if (schema.TryGetProperty("pattern", out var pattern) && !Regex.IsMatch(text, pattern.GetString()!))
                errors.Add($"{path}: \"{text}\" does not match {pattern.GetString()}");
            if (schema.TryGetProperty("format", out var format))
            {
                if (format.GetString() != "date") throw new NotSupportedException($"format {format.GetString()}");
                // RFC 3339 full-date: exactly YYYY-MM-DD and a real day.
                if (!Regex.IsMatch(text, @"^\d{4}-\d{2}-\d{2}$") ||
                    !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                    errors.Add($"{path}: \"{text}\" is not a date (YYYY-MM-DD)");
            }
        }
        if (value.ValueKind == JsonValueKind.Number && schema.TryGetProperty("minimum", out var minimum) &&
            value.GetDecimal() < minimum.GetDecimal())
            errors.Add($"{path}: {value.GetRawText()} is less than {minimum.GetRawText()}");

        if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            var i = 0;
            foreach (var item in value.EnumerateArray()) Check(items, item, $"{path}[{i++}]", errors);
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            var properties = schema.TryGetProperty("properties", out var p) ? p : default;
            if (schema.TryGetProperty("required", out var required))
                foreach (var name in required.EnumerateArray().Select(r => r.GetString()!))
                    if (!value.TryGetProperty(name, out _)) errors.Add($"{path}: required property '{name}' is missing");
            foreach (var member in value.EnumerateObject())
            {
                var memberPath = $"{path}.{member.Name}";
                if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(member.Name, out var sub))
                    Check(sub, member.Value, memberPath, errors);
                else if (schema.TryGetProperty("additionalProperties", out var additional))
                {
                    if (additional.ValueKind == JsonValueKind.False) errors.Add($"{memberPath}: property not allowed");
                    else if (additional.ValueKind == JsonValueKind.Object) Check(additional, member.Value, memberPath, errors);
                }
            }
        }
    }

    private static bool HasType(JsonElement value, string type) => type switch
    {
        "null" => value.ValueKind == JsonValueKind.Null,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "number" => value.ValueKind == JsonValueKind.Number,
        // 2020-12: any number with a zero fractional part is an integer (1.0 included).
        "integer" => value.ValueKind == JsonValueKind.Number && value.GetDecimal() % 1 == 0,
        _ => throw new NotSupportedException($"type {type}"),
    };
}
