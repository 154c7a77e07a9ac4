using System.Collections.Concurrent;
using PublicInfo.Build;
using PublicInfo.Content;
using PublicInfo.Rendering;

namespace PublicInfo.Preview;

/// <summary>
/// The preview's in-memory site: the content as last read, with every page rendered on request by the same renderer
/// and options a build uses. A save becomes visible after the changed file is parsed and the model rebuilt — a fraction
/// of a second even for 10,000 guides — while the full build (search, open data, feeds, validation) follows in the background.
/// </summary>
internal sealed class LiveSite
{
    private readonly SiteRenderer _renderer;
    private readonly Dictionary<string, PlannedPage> _pages;
    private readonly Dictionary<string, byte[]> _assets;
    private readonly ConcurrentDictionary<string, string> _rendered = new(StringComparer.Ordinal);

    private LiveSite(SiteRenderer renderer, Dictionary<string, PlannedPage> pages, Dictionary<string, byte[]> assets)
    {
        _renderer = renderer;
        _pages = pages;
        _assets = assets;
    }

    /// <summary>Reads the site (parsing only files changed since the last read); null with the errors when it cannot be shown.</summary>
    public static LiveSite? Read(string root, DateOnly today, ParseCache parses, out IReadOnlyList<Diagnostic> errors)
    {
        var diagnostics = new DiagnosticBag();
        var content = ContentLoader.Load(root, diagnostics, parses);
        errors = diagnostics.Sorted().Where(d => d.Severity == Severity.Error).ToList();
        if (content is null || errors.Count > 0) return null;
        var theme = Theme.Load(root);
        if (theme.Errors.Count > 0)
        {
            errors = BuildRules.ThemeErrors(theme);
            return null;
        }
        var site = content.ToModel(today);
        PublicationHistory history;
        try
        {
            history = HistoryLoader.Load(root, site.Config.PublicKey).History;
        }
        catch (Exception e) when (e is InvalidDataException or FormatException)
        {
            errors = [BuildRules.DamagedLog(e)];
            return null;
        }
        var assets = AssetManifest.Create(theme);
        var renderer = new SiteRenderer(theme, site, new RenderOptions(today, assets.Urls, history));
        // The late pages (search, /data/) need the index and the data files: those come from the background build.
        var pages = renderer.Plan().Where(p => !SitePipelines.IsLate(p))
            .ToDictionary(p => p.OutputPath, StringComparer.Ordinal);
        return new LiveSite(renderer, pages, assets.Files.ToDictionary(f => f.Url.TrimStart('/'), f => f.Bytes, StringComparer.Ordinal));
    }

    /// <summary>The HTML of the page at an output path (e.g. <c>procedures/x/index.html</c>), rendered once per read.</summary>
    public string? Page(string outputPath) =>
        _pages.TryGetValue(outputPath, out var page) ? _rendered.GetOrAdd(outputPath, _ => _renderer.Render(page)) : null;

    /// <summary>A theme asset by its hashed output path (e.g. <c>assets/css/site.1a2b3c4d.css</c>).</summary>
    public byte[]? Asset(string outputPath) => _assets.GetValueOrDefault(outputPath);

    public bool HasPage(string outputPath) => _pages.ContainsKey(outputPath);
}
