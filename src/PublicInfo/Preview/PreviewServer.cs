using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Logging;
using PublicInfo.Build;
using PublicInfo.Content;
using PublicInfo.Pipeline;

namespace PublicInfo.Preview;

/// <summary><c>publicinfo preview</c>: builds into a private folder, serves it on 127.0.0.1, rebuilds on every save and
/// reloads open tabs. A failed build keeps serving the last good site with the errors laid over it.</summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private readonly string _root;
    private readonly string _output;
    private readonly TextWriter _log;
    private readonly ReloadBroadcaster _reload = new();
    private readonly SemaphoreSlim _building = new(1, 1);
    private IReadOnlyList<Diagnostic> _errors = [];
    private bool _hasGoodBuild;
    private WebApplication? _app;
    private SiteWatcher? _watcher;

    public PreviewServer(string root, TextWriter log)
    {
        _root = Path.GetFullPath(root);
        _log = log;
        var key = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(_root)))[..12];
        _output = Path.Combine(Path.GetTempPath(), $"publicinfo-preview-{key}", "site");
    }

    public ReloadBroadcaster Reload => _reload;

    /// <summary>The address it listens on, once started.</summary>
    public string? Address { get; private set; }

    public async Task StartAsync(int port, CancellationToken cancellationToken = default)
    {
        Rebuild();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        _app = builder.Build();
        _app.Run(HandleAsync);
        await _app.StartAsync(cancellationToken);
        Address = _app.Urls.First();
        _watcher = new SiteWatcher(_root, Rebuild, TimeSpan.FromMilliseconds(80));
    }

    /// <summary>Builds once; serialised so overlapping saves never run two builds into the same folder.</summary>
    public void Rebuild()
    {
        _building.Wait();
        try
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var result = SiteBuilder.Build(new BuildSettings(_root, _output, DateOnly.FromDateTime(DateTime.Now)));
            _errors = result.Succeeded ? [] : result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
            _hasGoodBuild |= result.Succeeded;
            _log.WriteLine(result.Succeeded
                ? $"rebuilt in {clock.ElapsedMilliseconds} ms"
                : $"build failed ({_errors.Count} errors); serving the last good build with the errors shown");
            foreach (var error in _errors) _log.WriteLine(error);
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or UnauthorizedAccessException)
        {
            _log.WriteLine($"build failed: {e.Message}");
        }
        finally
        {
            _building.Release();
        }
        _reload.Publish();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        if (path == PreviewInjection.EventsPath)
        {
            await StreamReloadsAsync(context);
            return;
        }
        if (!_hasGoodBuild)
        {
            await WriteHtmlAsync(context, 503, PreviewInjection.Inject(PreviewInjection.ErrorPage(_errors), []));
            return;
        }
        var file = Resolve(path);
        if (file is null)
        {
            var notFound = Path.Combine(_output, "404.html");
            var page = File.Exists(notFound) ? await File.ReadAllTextAsync(notFound) : "<!DOCTYPE html><title>404</title><h1>404</h1>";
            await WriteHtmlAsync(context, 404, PreviewInjection.Inject(page, _errors));
            return;
        }
        if (file.EndsWith(".html", StringComparison.Ordinal))
        {
            await WriteHtmlAsync(context, 200, PreviewInjection.Inject(await File.ReadAllTextAsync(file), _errors));
            return;
        }
        context.Response.ContentType = ContentTypes.TryGetContentType(file, out var type) ? type : "application/octet-stream";
        context.Response.Headers.CacheControl = "no-store";
        await context.Response.SendFileAsync(file);
    }

    /// <summary>Maps a URL path to a file of the built site; directories serve their index.html. Never leaves the output folder.</summary>
    private string? Resolve(string urlPath)
    {
        var relative = Uri.UnescapeDataString(urlPath).TrimStart('/');
        var candidate = Path.GetFullPath(Path.Combine(_output, relative));
        if (!candidate.StartsWith(_output, StringComparison.Ordinal)) return null;
        if (Directory.Exists(candidate)) candidate = Path.Combine(candidate, "index.html");
        return File.Exists(candidate) ? candidate : null;
    }

    private async Task StreamReloadsAsync(HttpContext context)
    {
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-store";
        var seen = _reload.Generation;
        await context.Response.WriteAsync(": connected\n\n", context.RequestAborted);
        await context.Response.Body.FlushAsync(context.RequestAborted);
        try
        {
            while (!context.RequestAborted.IsCancellationRequested)
            {
                seen = await _reload.NextAsync(seen).WaitAsync(context.RequestAborted);
                await context.Response.WriteAsync($"data: {seen}\n\n", context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
            }
        }
        catch (OperationCanceledException)
        {
            // The tab closed or navigated away.
        }
    }

    private static async Task WriteHtmlAsync(HttpContext context, int status, string html)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        await context.Response.WriteAsync(html);
    }

    public async ValueTask DisposeAsync()
    {
        _watcher?.Dispose();
        if (_app is not null) await _app.DisposeAsync();
    }
}
