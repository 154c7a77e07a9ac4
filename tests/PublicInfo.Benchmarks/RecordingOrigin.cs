using Microsoft.Playwright;

namespace PublicInfo.Benchmarks;

/// <summary>One request the page made: its path and the file that answered it (null: 404 or another origin).</summary>
public sealed record ServedRequest(string Path, string? File);

/// <summary>Answers a browser context's requests from a folder on disk at a fake origin (<see cref="Origin"/>), and
/// records each one, so a query's requests and bytes are counted where they are served, whatever the client does.</summary>
/// <remarks>Playwright disables the HTTP cache when routing: every fetch the client does not answer from its own
/// memory reaches this handler, for both tools alike.</remarks>
public sealed class RecordingOrigin(string folder)
{
    public const string Origin = "http://bench.test";

    // The blank host page: same origin as the files, so import('/js/…') works; the icon link stops a /favicon.ico request.
    private const string BlankPage = """<!doctype html><html lang="zh-CN"><meta charset="utf-8"><link rel="icon" href="data:,"><title>bench</title></html>""";

    private readonly object _gate = new();
    private readonly List<ServedRequest> _requests = [];

    public Task AttachAsync(IBrowserContext context) => context.RouteAsync("**/*", HandleAsync);

    /// <summary>The requests since the last call, and forgets them.</summary>
    public IReadOnlyList<ServedRequest> Take()
    {
        lock (_gate)
        {
            var taken = _requests.ToList();
            _requests.Clear();
            return taken;
        }
    }

    private async Task HandleAsync(IRoute route)
    {
        var uri = new Uri(route.Request.Url);
        if (!route.Request.Url.StartsWith(Origin + "/", StringComparison.Ordinal))
        {
            Record(new ServedRequest(route.Request.Url, null));
            await route.AbortAsync();
            return;
        }
        if (uri.AbsolutePath is "/" or "/favicon.ico")
        {
            await route.FulfillAsync(new RouteFulfillOptions { Status = 200, Body = BlankPage, ContentType = "text/html; charset=utf-8" });
            return;
        }
        var local = Path.Combine(folder, Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')));
        if (!File.Exists(local))
        {
            Record(new ServedRequest(uri.AbsolutePath, null));
            await route.FulfillAsync(new RouteFulfillOptions { Status = 404, Body = "" });
            return;
        }
        Record(new ServedRequest(uri.AbsolutePath, local));
        await route.FulfillAsync(new RouteFulfillOptions { Status = 200, BodyBytes = File.ReadAllBytes(local), ContentType = ContentTypeOf(local) });
    }

    private void Record(ServedRequest request)
    {
        lock (_gate) _requests.Add(request);
    }

    private static string ContentTypeOf(string path) => Path.GetExtension(path) switch
    {
        ".js" => "text/javascript",
        ".json" => "application/json",
        ".wasm" => "application/wasm",
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css",
        _ => "application/octet-stream",
    };
}
