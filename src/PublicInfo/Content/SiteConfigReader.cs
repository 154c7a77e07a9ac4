namespace PublicInfo.Content;

/// <summary>Reads site/site.yml.</summary>
internal static class SiteConfigReader
{
    public static SiteConfig? Read(string file, string text, DiagnosticBag diagnostics)
    {
        var (yaml, root) = YamlFile.Parse(file, FrontMatter.Normalize(text), 1, diagnostics);
        if (yaml.RootMap(root, "site.yml") is not { } map) return null;
        var title = map.String("title", required: true);
        var organisation = map.String("organisation", required: true);
        var baseUrl = map.String("base_url", required: true);
        var phonesMap = map.Map("phones", required: true);
        Phones? phones = null;
        if (phonesMap is not null)
        {
            var consult = phonesMap.String("consult", required: true);
            var complaint = phonesMap.String("complaint", required: true);
            phonesMap.RejectUnknownKeys();
            if (consult is not null && complaint is not null) phones = new Phones(consult, complaint);
        }
        var categories = map.MapList("categories", required: true).Select(ReadCategory).ToList();
        var logOrigin = map.String("log_origin");
        var publicKey = map.String("public_key");
        var synonyms = map.String("synonyms");
        map.RejectUnknownKeys();
        if (title is null || organisation is null || baseUrl is null || phones is null || categories.Contains(null)) return null;
        return new SiteConfig
        {
            Title = title, Organisation = organisation, BaseUrl = baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/",
            Phones = phones, Categories = categories!, LogOrigin = logOrigin,
            PublicKey = string.IsNullOrWhiteSpace(publicKey) ? null : publicKey, Synonyms = synonyms ?? "synonyms.txt",
            Source = yaml.ToSourceMap(),
        };
    }

    private static Category? ReadCategory(YamlMap map)
    {
        var id = IdReader.Read(map, "id");
        var name = map.String("name", required: true);
        var description = map.String("description");
        map.RejectUnknownKeys();
        return id is null || name is null ? null : new Category(id, name, description);
    }
}
