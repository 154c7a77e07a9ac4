using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace PublicInfo.Content;

/// <summary>Reads one YAML mapping into typed values, reporting every problem with its position instead of throwing.</summary>
/// <remarks>Hand-written rather than a deserializer: typos in keys must be errors with a suggestion, every value needs
/// its line and column, and one bad value must not hide the others in the same file.</remarks>
internal sealed class YamlMap
{
    private readonly YamlMappingNode _node;
    private readonly string _path;
    private readonly YamlFile _file;
    private readonly HashSet<string> _asked = new(StringComparer.Ordinal);

    public YamlMap(YamlMappingNode node, string path, YamlFile file)
    {
        _node = node;
        _path = path;
        _file = file;
        _file.Remember(path, node);
    }

    public SourceLocation Location => _file.LocationOf(_node);

    /// <summary>Reports a problem with the value of <paramref name="key"/> (found by a check beyond its type).</summary>
    public void Report(RuleDescriptor rule, string key, string message) =>
        _file.Report(rule, _file.PositionOf(Path(key)) ?? Location, message);

    public string? String(string key, bool required = false)
    {
        var scalar = Scalar(key, required, "text");
        return scalar?.Value;
    }

    /// <summary>A text value that must be one of <paramref name="allowed"/>.</summary>
    public string? OneOf(string key, IReadOnlyList<string> allowed, bool required = false)
    {
        var scalar = Scalar(key, required, "text");
        if (scalar?.Value is not { } value) return null;
        if (allowed.Contains(value, StringComparer.Ordinal)) return value;
        _file.Report(SchemaRules.NotAllowed, scalar,
            $"'{Path(key)}' is '{value}', which is not one of: {string.Join(" | ", allowed)}");
        return null;
    }

    public int? Int(string key, bool required = false)
    {
        var scalar = Scalar(key, required, "a whole number");
        if (scalar?.Value is not { } text) return null;
        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            _file.Report(SchemaRules.WrongType, scalar, $"'{Path(key)}' must be a whole number, found '{text}'");
            return null;
        }
        if (value < 0)
        {
            _file.Report(SchemaRules.Negative, scalar, $"'{Path(key)}' must not be negative, found {value}");
            return null;
        }
        return value;
    }

    public decimal? Decimal(string key, bool required = false)
    {
        var scalar = Scalar(key, required, "a number");
        if (scalar?.Value is not { } text) return null;
        if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
                CultureInfo.InvariantCulture, out var value))
        {
            _file.Report(SchemaRules.WrongType, scalar, $"'{Path(key)}' must be a number, found '{text}'");
            return null;
        }
        if (value < 0)
        {
            _file.Report(SchemaRules.Negative, scalar, $"'{Path(key)}' must not be negative, found {text}");
            return null;
        }
        return value;
    }

    public bool? Bool(string key, bool required = false)
    {
        var scalar = Scalar(key, required, "true or false");
        if (scalar?.Value is not { } text) return null;
        if (text is "true" or "false") return text == "true";
        _file.Report(SchemaRules.WrongType, scalar, $"'{Path(key)}' must be true or false, found '{text}'");
        return null;
    }

    public DateOnly? Date(string key, bool required = false)
    {
        var scalar = Scalar(key, required, "a date");
        if (scalar?.Value is not { } text) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        _file.Report(SchemaRules.BadDate, scalar, $"'{Path(key)}' must be a date written YYYY-MM-DD, found '{text}'");
        return null;
    }

    /// <summary>A list of texts; a single text is not accepted as a list, so the shape stays predictable.</summary>
    public IReadOnlyList<string> StringList(string key, bool required = false)
    {
        if (Sequence(key, required) is not { } sequence) return [];
        var result = new List<string>();
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var item = sequence.Children[i];
            _file.Remember($"{Path(key)}[{i}]", item);
            if (item is YamlScalarNode { Value: { } value } && !IsNull(item)) result.Add(value);
            else _file.Report(SchemaRules.WrongType, item, $"'{Path(key)}[{i}]' must be text");
        }
        return result;
    }

    public YamlMap? Map(string key, bool required = false)
    {
        var node = Child(key, required, "a mapping (key: value pairs)");
        if (node is null) return null;
        if (node is YamlMappingNode mapping) return new YamlMap(mapping, Path(key), _file);
        _file.Report(SchemaRules.WrongType, node, $"'{Path(key)}' must be a mapping of key: value pairs");
        return null;
    }

    public IReadOnlyList<YamlMap> MapList(string key, bool required = false)
    {
        if (Sequence(key, required) is not { } sequence) return [];
        var result = new List<YamlMap>();
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var path = $"{Path(key)}[{i}]";
            if (sequence.Children[i] is YamlMappingNode mapping) result.Add(new YamlMap(mapping, path, _file));
            else _file.Report(SchemaRules.WrongType, sequence.Children[i], $"'{path}' must be a mapping of key: value pairs");
        }
        return result;
    }

    /// <summary>Reports every key that no reader asked for: a typo must never pass silently.</summary>
    public void RejectUnknownKeys()
    {
        foreach (var (keyNode, _) in _node.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? keyNode.ToString();
            if (_asked.Contains(key)) continue;
            var suggestion = Suggest(key);
            var hint = suggestion is null ? "" : $" — did you mean '{suggestion}'?";
            _file.Report(SchemaRules.UnknownKey, keyNode, $"unknown key '{Path(key)}'{hint}");
        }
    }

    private YamlScalarNode? Scalar(string key, bool required, string expected)
    {
        var node = Child(key, required, expected);
        if (node is null) return null;
        if (node is YamlScalarNode scalar) return scalar;
        _file.Report(SchemaRules.WrongType, node, $"'{Path(key)}' must be {expected}, found a {Describe(node)}");
        return null;
    }

    private YamlSequenceNode? Sequence(string key, bool required)
    {
        var node = Child(key, required, "a list");
        if (node is null) return null;
        if (node is YamlSequenceNode sequence) return sequence;
        _file.Report(SchemaRules.WrongType, node, $"'{Path(key)}' must be a list (write [] for an empty one), found a {Describe(node)}");
        return null;
    }

    /// <summary>The value of <paramref name="key"/>; null (after reporting when required) when absent or written as null.</summary>
    private YamlNode? Child(string key, bool required, string expected)
    {
        _asked.Add(key);
        if (_node.Children.TryGetValue(new YamlScalarNode(key), out var node) && !IsNull(node))
        {
            _file.Remember(Path(key), node);
            return node;
        }
        if (required)
            _file.Report(SchemaRules.Missing, _node, $"missing required field '{Path(key)}' ({expected})");
        return null;
    }

    private string Path(string key) => _path.Length == 0 ? key : $"{_path}.{key}";

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: null or "" or "~" or "null" };

    private static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "mapping",
        YamlSequenceNode => "list",
        _ => "text",
    };

    private string? Suggest(string key) =>
        _asked.Select(k => (k, d: EditDistance.Between(k, key)))
            .Where(x => x.d <= Math.Max(1, x.k.Length / 3))
            .OrderBy(x => x.d).ThenBy(x => x.k, StringComparer.Ordinal)
            .Select(x => x.k).FirstOrDefault();
}
