using YamlDotNet.RepresentationModel;

namespace PublicInfo.Content;

/// <summary>Reads input/documents.yml: a list of document types.</summary>
internal static class DocumentCatalogReader
{
    public static IReadOnlyList<DocumentType> Read(string file, string text, DiagnosticBag diagnostics)
    {
        var (yaml, root) = YamlFile.Parse(file, FrontMatter.Normalize(text), 1, diagnostics);
        if (root is null) return [];
        if (root is not YamlSequenceNode list)
        {
            yaml.Report(SchemaRules.WrongType, root, "documents.yml must be a list of document types (each starting with '- id:')");
            return [];
        }
        var result = new List<DocumentType>();
        for (var i = 0; i < list.Children.Count; i++)
        {
            if (list.Children[i] is not YamlMappingNode node)
            {
                yaml.Report(SchemaRules.WrongType, list.Children[i], $"entry {i + 1} must be a mapping of key: value pairs");
                continue;
            }
            // Each entry gets its own position prefix so rules can point at e.g. [3].name.
            var map = new YamlMap(node, $"[{i}]", yaml);
            var id = IdReader.Read(map, "id");
            var name = map.String("name", required: true);
            var aliases = map.StringList("aliases");
            var issuer = map.String("issuer");
            var note = map.String("note");
            var eLicense = map.Bool("e_license");
            map.RejectUnknownKeys();
            if (id is null || name is null) continue;
            result.Add(new DocumentType
            {
                Id = id, Name = name, Aliases = aliases, Issuer = issuer, Note = note, ELicense = eLicense ?? false,
                Source = new SourceMap(file, new Dictionary<string, SourceLocation> { [""] = map.Location }, 0),
            });
        }
        return result;
    }
}
