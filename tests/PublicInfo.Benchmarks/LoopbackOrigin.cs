using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace PublicInfo.Benchmarks;

/// <summary>
/// A static file server on 127.0.0.1 (Kestrel, HTTP/1.1), as a site is served in production minus the network: a
/// file with a <c>.br</c> copy beside it is sent as that copy with <c>Content-Encoding: br</c> when the browser accepts
/// it, so the browser decompresses what it would over the wire. Nothing may be kept in the browser's HTTP cache
/// (<c>Cache-Control: no-store</c>): each fetch the client does not answer from its own memory is a request here, as
/// with <see cref="RoutedOrigin"/>.
/// </summary>
public sealed class LoopbackOrigin : IRecordingOrigin
{
    private readonly WebApplication _app;
    private readonly RequestLog _log = new();
    private readonly string _folder;

    private LoopbackOrigin(WebApplication app, string folder) => (_app, _folder) = (app, folder);

    public string Url { get; private set; } = "";

    /// <summary>How files reach the browser, for the report.</summary>
    public const string Description = "files are served from disk by a static server on 127.0.0.1 (Kestrel; .br copies sent as Content-Encoding: br)";

    public static async Task<LoopbackOrigin> StartAsync(string folder)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0));
        var origin = new LoopbackOrigin(builder.Build(), folder);
        origin._app.Run(origin.ServeAsync);
        await origin._app.StartAsync();
        var address = origin._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        origin.Url = address.TrimEnd('/');
        return origin;
    }

    public Task AttachAsync(IBrowserContext context) => Task.CompletedTask;

    public IReadOnlyList<ServedRequest> Take() => _log.Take();

    private async Task ServeAsync(HttpContext http)
    {
        var path = http.Request.Path.Value ?? "/";
        http.Response.Headers.CacheControl = "no-store";
        if (path is "/" or "/favicon.ico")
        {
            http.Response.ContentType = SiteFiles.Html;
            await http.Response.WriteAsync(SiteFiles.BlankPage);
            return;
        }
        var local = SiteFiles.Find(_folder, path);
        _log.Add(new ServedRequest(path, local));
        if (local is null)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        http.Response.ContentType = SiteFiles.ContentTypeOf(local);
        var brotli = local + ".br";
        if (http.Request.Headers.AcceptEncoding.ToString().Contains("br", StringComparison.Ordinal) && File.Exists(brotli))
        {
            http.Response.Headers.ContentEncoding = "br";
            http.Response.Headers.Vary = "Accept-Encoding";
            local = brotli;
        }
        var bytes = await File.ReadAllBytesAsync(local);
        http.Response.ContentLength = bytes.Length;
        await http.Response.Body.WriteAsync(bytes);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
