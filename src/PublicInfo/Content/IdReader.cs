namespace PublicInfo.Content;

/// <summary>Reads a required id and checks its form, because ids become URLs and log keys that never change.</summary>
internal static class IdReader
{
    public static string? Read(YamlMap map, string key)
    {
        var id = map.String(key, required: true);
        if (id is null || Vocabulary.IsValidId(id)) return id;
        map.Report(SchemaRules.BadId, key, $"id '{id}' may only use a-z, 0-9 and single hyphens");
        return null;
    }
}
