using System.CommandLine;
using PublicInfo.Build;
using PublicInfo.Content;

namespace PublicInfo.Cli.Commands;

/// <summary><c>publicinfo new procedure --category C --id ID</c>: writes a guide with every field, commented in Chinese.</summary>
public static class NewCommand
{
    public static Command Create(CliOutput io)
    {
        var root = CommonOptions.Root();
        var category = new Option<string>("--category") { Description = "category id from site/site.yml", Required = true };
        var id = new Option<string>("--id") { Description = "the new guide's id: a-z, 0-9 and hyphens", Required = true };
        var procedure = new Command("procedure", "Write a new guide under input/procedures/<category>/<id>.md") { root, category, id };
        procedure.SetAction(parsed => Run(io, parsed.GetValue(root)!, parsed.GetValue(category)!, parsed.GetValue(id)!));
        return new Command("new", "Start a new guide from a commented template") { procedure };
    }

    private static int Run(CliOutput io, string root, string categoryId, string id)
    {
        if (!Vocabulary.IsValidId(id))
        {
            io.Error.WriteLine($"publicinfo: id '{id}' may only use a-z, 0-9 and single hyphens, e.g. passport-renewal");
            return ExitCodes.Usage;
        }
        var check = SiteChecker.Check(root, DateOnly.FromDateTime(DateTime.Now));
        if (check.Site is not { } site)
        {
            io.Error.Write(DiagnosticReport.Text(check.Diagnostics));
            return ExitCodes.Problems;
        }
        if (site.FindCategory(categoryId) is not { } category)
        {
            io.Error.WriteLine($"publicinfo: unknown category '{categoryId}'; known: {string.Join(", ", site.Categories.Select(c => c.Id))}");
            return ExitCodes.Usage;
        }
        if (check.Content!.ProcedureVersions.Any(p => p.Id == id))
        {
            io.Error.WriteLine($"publicinfo: a guide with id '{id}' already exists; ids are never reused");
            return ExitCodes.Usage;
        }
        var relative = $"input/procedures/{categoryId}/{id}.md";
        var path = Path.Combine(root, relative);
        if (File.Exists(path))
        {
            io.Error.WriteLine($"publicinfo: {relative} already exists");
            return ExitCodes.Usage;
        }
        // Pick ids the editor will most likely keep: the category's own office and its most used document.
        var office = site.Offices.FirstOrDefault(o => o.Handles.Contains(categoryId)) ?? site.Offices.FirstOrDefault();
        var document = site.ProceduresIn(categoryId).SelectMany(p => p.Materials).GroupBy(m => m.Document)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).FirstOrDefault()
            ?? site.Documents.FirstOrDefault()?.Id;
        if (office is null || document is null)
        {
            io.Error.WriteLine("publicinfo: the site needs at least one office (input/offices/) and one document type (input/documents.yml) first");
            return ExitCodes.Problems;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, ProcedureScaffold.Create(id, category, site.Config, document, office.Id, DateOnly.FromDateTime(DateTime.Now)));
        io.Out.WriteLine($"wrote {relative}");
        io.Out.WriteLine($"fill in every {ProcedureScaffold.Placeholder}, then run: publicinfo check");
        return ExitCodes.Success;
    }
}
