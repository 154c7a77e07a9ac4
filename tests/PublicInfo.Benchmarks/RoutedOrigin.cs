using Microsoft.Playwright;

namespace PublicInfo.Benchmarks;

/// <summary>Answers a browser context's requests from a folder through Playwright's routing, at a fake origin. Every
/// response travels through Playwright's driver process, which costs a round trip of tens of milliseconds here: kept to
/// compare with earlier figures (<c>search --routed</c>), <see cref="LoopbackOrigin"/> is what a static host is like.</summary>
/// <remarks>Playwright disables the HTTP cache when routing: every fetch the client does not answer from its own
/// memory reaches this handler, for both tools alike.</remarks>
public sealed class RoutedOrigin(string folder) : IRecordingOrigin
{
    private readonly RequestLog _log = new();

    public string Url => "http://bench.test";

    /// <summary>How files reach the browser, for the report.</summary>
    public const string Description = "files are served from disk by Playwright routing (through its driver process)";

    public Task AttachAsync(IBrowserContext context) => context.RouteAsync("**/*", HandleAsync);

    public IReadOnlyList<ServedRequest> Take() => _log.Take();

    private async Task HandleAsync(IRoute route)
    {
        var uri = new Uri(route.Request.Url);
        if (!route.Request.Url.StartsWith(Url + "/", StringComparison.Ordinal))
        {
            _log.Add(new ServedRequest(route.Request.Url, null));
            await route.AbortAsync();
            return;
        }
        if (uri.AbsolutePath is "/" or "/favicon.ico")
        {
            await route.FulfillAsync(new RouteFulfillOptions { Status = 200, Body = SiteFiles.BlankPage, ContentType = SiteFiles.Html });
            return;
        }
        var local = SiteFiles.Find(folder, uri.AbsolutePath);
        _log.Add(new ServedRequest(uri.AbsolutePath, local));
        if (local is null)
        {
            await route.FulfillAsync(new RouteFulfillOptions { Status = 404, Body = "" });
            return;
        }
        await route.FulfillAsync(new RouteFulfillOptions { Status = 200, BodyBytes = File.ReadAllBytes(local), ContentType = SiteFiles.ContentTypeOf(local) });
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
