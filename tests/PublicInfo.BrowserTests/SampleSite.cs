using Microsoft.Playwright;
using PublicInfo.Pipeline;
using PublicInfo.Publishing;
using PublicInfo.Transparency;

namespace PublicInfo.BrowserTests;

/// <summary>The shipped sample bureau, published once (so every page kind exists, archived versions included),
/// served on 127.0.0.1, with one Chromium for all tests of the run.</summary>
public sealed class SampleSite : IAsyncLifetime
{
    public static readonly DateOnly Today = new(2026, 11, 25);
    private readonly string _work = Path.Combine(Path.GetTempPath(), "publicinfo-browser-" + Guid.NewGuid().ToString("N"));
    private StaticSiteServer? _server;
    private IPlaywright? _playwright;

    public string Output => Path.Combine(_work, "output");

    /// <summary>The site root the sample was published from (site/, input/, themes/, .publicinfo/).</summary>
    public string Root => _work;
    public string Address => _server!.Address;
    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        foreach (var folder in new[] { "site", "input", "themes" })
            PublicInfo.Tests.Support.TempSite.CopyDirectory(Path.Combine(RepoPaths.Root, folder), Path.Combine(_work, folder));
        var (privateKey, _) = KeyGenerator.Generate("ga.example.invalid/publicinfo");
        var result = Publisher.Publish(new BuildSettings(_work, Output, Today), NoteSigner.Parse(privateKey), allowDirty: true);
        if (!result.Succeeded) throw new InvalidOperationException(string.Join('\n', result.Diagnostics));

        _server = await StaticSiteServer.StartAsync(Output);
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"{ChromiumPath} is missing: install Debian's chromium (tests/run.sh does it)");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
    }

    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>A new page; requests to anything but this server fail the test that made them.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900, bool javaScript = true)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            JavaScriptEnabled = javaScript,
            Locale = "zh-CN",
        });
        var page = await context.NewPageAsync();
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(Address, StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
                ThirdPartyRequests.Add(request.Url);
        };
        return page;
    }

    public List<string> ThirdPartyRequests { get; } = [];

    public string Url(string path) => Address + path;

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (_server is not null) await _server.DisposeAsync();
        try { Directory.Delete(_work, recursive: true); } catch (IOException) { }
    }
}

[CollectionDefinition(Name)]
public sealed class SampleSiteCollection : ICollectionFixture<SampleSite>
{
    public const string Name = "sample site";
}
