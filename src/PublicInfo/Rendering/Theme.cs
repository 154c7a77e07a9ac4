using System.Security.Cryptography;
using System.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace PublicInfo.Rendering;

/// <summary>A theme's layouts, partials and assets, every template parsed once. A named theme overrides the default
/// theme file by file: what it lacks comes from the site's <c>themes/default</c>, then from the one shipped with the tool.</summary>
public sealed class Theme
{
    private readonly Dictionary<string, Template> _layouts;
    private readonly Dictionary<string, Template> _partials;

    private readonly Dictionary<string, string> _layoutKeys;

    private Theme(Dictionary<string, Template> layouts, Dictionary<string, Template> partials,
        IReadOnlyDictionary<string, string> assets, IReadOnlyList<string> errors, IReadOnlyDictionary<string, string> sourceHashes)
    {
        _layouts = layouts;
        _partials = partials;
        Assets = assets;
        Errors = errors;
        // A page's HTML depends on its layout, the base layout and whichever partials they include: a layout's key
        // covers those three, so editing procedure.html re-renders guides only, editing _base.html every page.
        var shared = string.Concat(sourceHashes.Where(h => h.Key == "layouts/_base" || h.Key.StartsWith("partials/", StringComparison.Ordinal))
            .OrderBy(h => h.Key, StringComparer.Ordinal).Select(h => h.Key + "=" + h.Value + ";"));
        _layoutKeys = layouts.Keys.ToDictionary(name => name, name => Convert.ToHexString(
            SHA256.HashData(Encoding.UTF8.GetBytes(shared + sourceHashes["layouts/" + name]))), StringComparer.Ordinal);
    }

    /// <summary>Changes whenever any template a page of this layout renders with changes.</summary>
    public string LayoutKey(string name) => _layoutKeys.TryGetValue(name, out var key) ? key
        : throw new InvalidOperationException($"the theme has no layout '{name}.html'");

    /// <summary>Asset path relative to the theme's assets folder (e.g. <c>css/site.css</c>) → absolute file path.</summary>
    public IReadOnlyDictionary<string, string> Assets { get; }

    /// <summary>Template parse errors as <c>file:line:col: message</c>; a theme with errors must not be used.</summary>
    public IReadOnlyList<string> Errors { get; }

    /// <summary>Partials by name, pre-parsed; the renderer puts them in each context's template cache so
    /// <c>{{ include 'name' }}</c> never reads a file while rendering.</summary>
    public IReadOnlyDictionary<string, Template> Partials => _partials;

    public static ITemplateLoader Loader { get; } = new PartialLoader();

    public static Theme Load(string root, string name = "default")
    {
        var folders = new List<string> { Path.Combine(root, "themes", name) };
        if (name != "default") folders.Add(Path.Combine(root, "themes", "default"));
        // A site with no themes/ of its own uses the default theme shipped beside the tool.
        folders.Add(Path.Combine(AppContext.BaseDirectory, "themes", "default"));
        folders = folders.Where(Directory.Exists).Distinct().ToList();
        var errors = new List<string>();
        var sourceHashes = new Dictionary<string, string>(StringComparer.Ordinal);
        var layouts = LoadTemplates(folders, "layouts", errors, sourceHashes);
        var partials = LoadTemplates(folders, "partials", errors, sourceHashes);
        var assets = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var folder in folders.AsEnumerable().Reverse())
        {
            var assetRoot = Path.Combine(folder, "assets");
            if (!Directory.Exists(assetRoot)) continue;
            foreach (var file in Directory.EnumerateFiles(assetRoot, "*", SearchOption.AllDirectories))
                assets[Path.GetRelativePath(assetRoot, file).Replace('\\', '/')] = file;
        }
        if (layouts.Count == 0) errors.Add($"themes/{name}: no layouts found (expected themes/{name}/layouts/*.html)");
        return new Theme(layouts, partials, assets, errors, sourceHashes);
    }

    public Template Layout(string name) =>
        _layouts.TryGetValue(name, out var template) ? template
            : throw new InvalidOperationException($"the theme has no layout '{name}.html'");

    public bool HasLayout(string name) => _layouts.ContainsKey(name);

    private static Dictionary<string, Template> LoadTemplates(IEnumerable<string> folders, string kind, List<string> errors,
        Dictionary<string, string> sourceHashes)
    {
        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        foreach (var folder in folders)
        {
            var directory = Path.Combine(folder, kind);
            if (!Directory.Exists(directory)) continue;
            foreach (var file in Directory.EnumerateFiles(directory, "*.html").Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileNameWithoutExtension(file);
                if (templates.ContainsKey(name)) continue; // the named theme's own file wins
                var text = File.ReadAllText(file);
                var template = Template.Parse(text, file);
                sourceHashes[kind + "/" + name] = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
                foreach (var message in template.Messages)
                    errors.Add($"{Path.GetRelativePath(Directory.GetCurrentDirectory(), file)}:{message.Span.Start.Line + 1}:{message.Span.Start.Column + 1}: {message.Message}");
                templates[name] = template;
            }
        }
        return templates;
    }

    /// <summary>Resolves include names; every partial is already in the context's cache, so loading means a missing partial.</summary>
    private sealed class PartialLoader : ITemplateLoader
    {
        public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => templateName;

        public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
            throw new InvalidOperationException($"the theme has no partial '{templatePath}.html'");

        public ValueTask<string> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
            throw new InvalidOperationException($"the theme has no partial '{templatePath}.html'");
    }
}
