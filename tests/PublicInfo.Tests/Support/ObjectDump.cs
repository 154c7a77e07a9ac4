using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;

namespace PublicInfo.Tests.Support;

/// <summary>
/// Writes out an object graph by reflection, every property (internal ones too) in name order, so two graphs can be
/// compared as text. It does not go through System.Text.Json on purpose: a test of a JSON round trip must not use
/// the same serializer to decide what counts, or a field the serializer skips would be skipped on both sides.
/// </summary>
public static class ObjectDump
{
    private const BindingFlags Instance = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;

    public static string Of(object? value)
    {
        var text = new StringBuilder();
        Write(value, text, 0);
        return text.ToString();
    }

    private static void Write(object? value, StringBuilder text, int depth)
    {
        if (depth > 32) throw new InvalidOperationException("object graph deeper than 32: a cycle?");
        switch (value)
        {
            case null:
                text.Append("null");
                return;
            case string s:
                text.Append('"').Append(s).Append('"');
                return;
            case IFormattable f when value.GetType().IsPrimitive || value is decimal or DateOnly or DateTime or TimeOnly or Enum:
                text.Append(f.ToString(null, CultureInfo.InvariantCulture));
                return;
            case bool b:
                text.Append(b);
                return;
            case IDictionary dictionary:
                text.Append('{');
                foreach (var key in dictionary.Keys.Cast<object>().OrderBy(k => k.ToString(), StringComparer.Ordinal))
                {
                    text.Append(key).Append(": ");
                    Write(dictionary[key], text, depth + 1);
                    text.Append(", ");
                }
                text.Append('}');
                return;
            case IEnumerable items:
                text.Append('[');
                foreach (var item in items)
                {
                    Write(item, text, depth + 1);
                    text.Append(", ");
                }
                text.Append(']');
                return;
        }
        var type = value.GetType();
        text.Append(type.Name).Append(" {");
        foreach (var property in type.GetProperties(Instance)
                     .Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract")
                     .OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            text.Append(property.Name).Append(" = ");
            Write(property.GetValue(value), text, depth + 1);
            text.Append("; ");
        }
        text.Append('}');
    }
}
