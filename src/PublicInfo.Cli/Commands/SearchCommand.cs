using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using PublicInfo.Build;
using PublicInfo.Search;

namespace PublicInfo.Cli.Commands;

/// <summary>
/// <c>publicinfo search QUERY</c>: answers from the Lucene index the last build saved, ranked exactly as the
/// site's search page ranks from the static export.
/// </summary>
public static class SearchCommand
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
    };

    public static Command Create(CliOutput io)
    {
        var query = new Argument<string>("QUERY") { Description = "what a citizen would type, e.g. 护照过期了" };
        var root = CommonOptions.Root();
        var output = CommonOptions.Output();
        var top = new Option<int>("--top") { Description = "how many results (1-100)", DefaultValueFactory = _ => 10 };
        var category = new Option<string>("--category") { Description = "only guides of this category id, e.g. exit-entry" };
        var json = new Option<bool>("--json") { Description = "print the results as JSON" };
        var explain = new Option<bool>("--explain") { Description = "show the query plan and each term's score per field" };
        var command = new Command("search", "Search the guides as the site's search page does (run build first)")
        {
            query, root, output, top, category, json, explain,
        };
        command.SetAction(parsed =>
        {
            int count = parsed.GetValue(top);
            if (count is < 1 or > 100)
            {
                io.Error.WriteLine($"publicinfo: --top must be between 1 and 100, got {count}");
                return ExitCodes.Usage;
            }
            var rootDir = parsed.GetValue(root)!;
            var outputDir = CommonOptions.OutputOrDefault(parsed.GetValue(output), rootDir);
            var indexDir = SavedSearchIndex.PathFor(rootDir, outputDir);
            if (!Directory.Exists(indexDir))
            {
                io.Error.WriteLine($"publicinfo: no search index for {Path.GetFullPath(outputDir)}; run 'publicinfo build' first");
                return ExitCodes.Problems;
            }
            if (BuildCache.Load(BuildCache.PathFor(rootDir, outputDir)) is { } built && !built.Inputs.SequenceEqual(InputFingerprint.Compute(rootDir)))
                io.Error.WriteLine("note: the site has changed since the last build; these answers are the built site's (run 'publicinfo build' to search the current guides)");
            using var service = SearchService.Open(indexDir);
            string text = parsed.GetValue(query) ?? "";
            string? categoryId = parsed.GetValue(category);
            if (categoryId is not null && service.Categories.All(c => c.Id != categoryId))
            {
                io.Error.WriteLine($"publicinfo: unknown category '{categoryId}'; categories: {string.Join(", ", service.Categories.Select(c => c.Id))}");
                return ExitCodes.Usage;
            }
            if (parsed.GetValue(explain))
            {
                io.Out.Write(service.Explain(text, count, categoryId));
                return ExitCodes.Success;
            }
            var hits = service.Search(text, count, categoryId);
            if (parsed.GetValue(json))
            {
                var results = hits.Select((h, i) => new { Rank = i + 1, h.Id, h.Title, h.Url, h.Score });
                io.Out.WriteLine(JsonSerializer.Serialize(new { Query = text, Category = categoryId, Hits = results }, Json));
                return ExitCodes.Success;
            }
            if (hits.Count == 0) io.Out.WriteLine($"no guide matches '{text}'");
            for (int i = 0; i < hits.Count; i++)
                io.Out.WriteLine($"{i + 1,2}. {hits[i].Title}  {hits[i].Url}  ({hits[i].Score.ToString("0.000", CultureInfo.InvariantCulture)})");
            return ExitCodes.Success;
        });
        return command;
    }
}
