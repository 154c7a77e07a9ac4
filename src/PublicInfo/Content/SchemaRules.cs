namespace PublicInfo.Content;

/// <summary>Rules about the shape of input files, checked while reading them (semantic rules live in Rules/).</summary>
public static class SchemaRules
{
    public static readonly RuleDescriptor Syntax = new("PI1001", Severity.Error, "YAML syntax error or missing front matter",
        "fix the YAML at this position; a guide starts with a line '---', its fields, and another '---'");
    public static readonly RuleDescriptor Missing = new("PI1002", Severity.Error, "missing required field",
        "add the field; see CONTENT-SCHEMA for its meaning");
    public static readonly RuleDescriptor WrongType = new("PI1003", Severity.Error, "value of the wrong type",
        "write the value in the shape the schema gives");
    public static readonly RuleDescriptor UnknownKey = new("PI1004", Severity.Error, "unknown key",
        "correct the spelling or remove the key");
    public static readonly RuleDescriptor BadDate = new("PI1005", Severity.Error, "bad date",
        "write dates as YYYY-MM-DD, e.g. 2026-07-01");
    public static readonly RuleDescriptor NotAllowed = new("PI1006", Severity.Error, "value not in the allowed list",
        "use one of the listed values exactly");
    public static readonly RuleDescriptor Negative = new("PI1007", Severity.Error, "negative count or amount",
        "counts and fees are 0 or more");
    public static readonly RuleDescriptor BadId = new("PI1008", Severity.Error, "bad id",
        "ids use lower-case latin letters, digits and single hyphens, e.g. passport-first-issue");

    public static IReadOnlyList<RuleDescriptor> All { get; } = [Syntax, Missing, WrongType, UnknownKey, BadDate, NotAllowed, Negative, BadId];
}
