using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Logging;
using PublicInfo.Build;
using PublicInfo.Content;
using PublicInfo.Content.Rules;
using PublicInfo.Pipeline;

namespace PublicInfo.Preview;

/// <summary><c>publicinfo preview</c>: serves the site on 127.0.0.1 and reloads open tabs on every save. Pages are
/// rendered in memory from the content as last read (<see cref="LiveSite"/>), so a save shows at once; a full build into
/// a private folder follows in the background for everything else (search, open data, feeds) and for the cross-file
/// checks. A site that cannot be read keeps serving the last good pages with the errors laid over them.</summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private readonly string _root;
    private readonly string _output;
    private readonly TextWriter _log;
    private readonly ReloadBroadcaster _reload = new();
    private readonly ParseCache _parses = new();
    private readonly BodyFactsCache _bodies = BodyFactsCache.Empty();
    private readonly WarmCaches _warm;
    private readonly Lock _refreshing = new();
    private readonly SemaphoreSlim _buildRequested = new(0);
    private readonly CancellationTokenSource _stopping = new();
    private CancellationTokenSource? _runningBuild; // cancelled by a save: that build's result would be out of date
    private LiveSite? _live;
    private IReadOnlyList<Diagnostic> _readErrors = [];
    private IReadOnlyList<Diagnostic> _buildErrors = [];
    private long _version;       // bumped by every read of the site
    private long _builtVersion;  // the read the last full build's checks apply to
    private bool _hasGoodBuild;
    private Task? _builder;
    private WebApplication? _app;
    private SiteWatcher? _watcher;

    /// <summary>How long saves must pause before the background build starts; saves in the meantime fold into it.</summary>
    private static readonly TimeSpan BuildDelayAfterSave = TimeSpan.FromMilliseconds(500);

    /// <summary>The longest a stream of saves can put the background build off.</summary>
    private static readonly TimeSpan MaxBuildPostponement = TimeSpan.FromSeconds(5);

    public PreviewServer(string root, TextWriter log)
    {
        _root = Path.GetFullPath(root);
        _log = log;
        _output = Path.Combine(PrivateFolderOf(_root), "site");
        // The background builds keep what the build server keeps, around the parses the live pages use.
        _warm = new WarmCaches(_parses, _bodies);
    }

    /// <summary>Where preview keeps the full builds of the site at <paramref name="root"/> (kept between runs: the next
    /// preview of that site starts from them).</summary>
    public static string PrivateFolderOf(string root)
    {
        var key = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(root))))[..12];
        return Path.Combine(Path.GetTempPath(), $"publicinfo-preview-{key}");
    }

    public ReloadBroadcaster Reload => _reload;

    /// <summary>The address it listens on, once started.</summary>
    public string? Address { get; private set; }

    public async Task StartAsync(int port, CancellationToken cancellationToken = default)
    {
        Refresh(announce: false);
        Build();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        _app = builder.Build();
        _app.Run(HandleAsync);
        await _app.StartAsync(cancellationToken);
        Address = _app.Urls.First();
        _builder = Task.Run(BuildLoopAsync);
        _watcher = new SiteWatcher(_root, OnSaved, TimeSpan.FromMilliseconds(50));
    }

    private void OnSaved()
    {
        // The running build reads content that this save replaced: stopping it gives both cores to re-reading the site
        // and rendering the page the editor is waiting for (and its garbage collections no longer pause them).
        try
        {
            Volatile.Read(ref _runningBuild)?.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // It has just finished.
        }
        Refresh(announce: true);
        _buildRequested.Release();
    }

    /// <summary>Re-reads the site (parsing only changed files) and swaps in the new in-memory pages; then tells the tabs.</summary>
    public void Refresh(bool announce = true)
    {
        lock (_refreshing)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var today = DateOnly.FromDateTime(DateTime.Now);
            Interlocked.Increment(ref _version);
            try
            {
                var live = LiveSite.Read(_root, today, _parses, out var errors);
                _readErrors = errors;
                if (live is not null) _live = live;
                _log.WriteLine(live is not null
                    ? $"updated in {clock.ElapsedMilliseconds} ms"
                    : $"cannot read the site ({errors.Count} errors); showing the last good pages with the errors");
                foreach (var error in errors) _log.WriteLine(error);
            }
            catch (Exception e) when (e is IOException or InvalidOperationException or UnauthorizedAccessException)
            {
                _log.WriteLine($"cannot read the site: {e.Message}");
            }
        }
        if (announce) _reload.Publish();
    }

    /// <summary>Background builds, one at a time; saves during a build fold into the next one.</summary>
    private async Task BuildLoopAsync()
    {
        try
        {
            while (true)
            {
                await _buildRequested.WaitAsync(_stopping.Token);
                // The page the editor is waiting for is reloaded and rendered in the next few hundred milliseconds; a
                // build started at once took the cores from it (10,000 guides: median 304 ms from save to reloaded page).
                // So the build waits until saves have paused for a moment, but not forever (an editor that autosaves).
                var postponed = System.Diagnostics.Stopwatch.StartNew();
                do
                {
                    while (_buildRequested.CurrentCount > 0) await _buildRequested.WaitAsync(_stopping.Token);
                    await Task.Delay(BuildDelayAfterSave, _stopping.Token);
                } while (_buildRequested.CurrentCount > 0 && postponed.Elapsed < MaxBuildPostponement);
                while (_buildRequested.CurrentCount > 0) await _buildRequested.WaitAsync(_stopping.Token);
                var before = Overlay();
                Build();
                if (!Overlay().SequenceEqual(before)) _reload.Publish();
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    /// <summary>A full build into the private folder: the files the live pages do not cover, and the cross-file checks.</summary>
    private void Build()
    {
        using var running = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token);
        Volatile.Write(ref _runningBuild, running);
        try
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var version = Interlocked.Read(ref _version);
            var result = SiteBuilder.Build(new BuildSettings(_root, _output, DateOnly.FromDateTime(DateTime.Now)), _warm, running.Token);
            _buildErrors = result.Succeeded ? [] : result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
            Interlocked.Exchange(ref _builtVersion, version);
            _hasGoodBuild |= result.Succeeded;
            _log.WriteLine(result.Succeeded ? $"built in {clock.ElapsedMilliseconds} ms" : $"build failed ({_buildErrors.Count} errors)");
        }
        catch (OperationCanceledException)
        {
            _log.WriteLine("build stopped: a newer save is built next");
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or UnauthorizedAccessException)
        {
            _log.WriteLine($"build failed: {e.Message}");
        }
        finally
        {
            Interlocked.CompareExchange(ref _runningBuild, null, running);
        }
    }

    /// <summary>The errors laid over pages: what reading found, else what the full build's checks found — only once that
    /// build has seen the content now shown (until then its findings may be about a file the editor already fixed).</summary>
    private IReadOnlyList<Diagnostic> Overlay() =>
        _readErrors.Count > 0 ? _readErrors
            : Interlocked.Read(ref _builtVersion) == Interlocked.Read(ref _version) ? _buildErrors : [];

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        if (path == PreviewInjection.EventsPath)
        {
            await StreamReloadsAsync(context);
            return;
        }
        var errors = Overlay();
        var live = _live;
        if (live is null && !_hasGoodBuild)
        {
            await WriteHtmlAsync(context, 503, PreviewInjection.Inject(PreviewInjection.ErrorPage(errors), []));
            return;
        }
        if (live is not null && OutputPathOf(path, live) is { } outputPath)
        {
            if (live.Page(outputPath) is { } html)
            {
                await WriteHtmlAsync(context, 200, PreviewInjection.Inject(html, errors));
                return;
            }
            if (live.Asset(outputPath) is { } bytes)
            {
                context.Response.ContentType = ContentTypes.TryGetContentType(outputPath, out var assetType) ? assetType : "application/octet-stream";
                context.Response.Headers.CacheControl = "no-store";
                await context.Response.Body.WriteAsync(bytes);
                return;
            }
        }
        var file = Resolve(path);
        if (file is null)
        {
            var notFound = Path.Combine(_output, "404.html");
            var page = live?.Page("404.html")
                ?? (File.Exists(notFound) ? await File.ReadAllTextAsync(notFound) : "<!DOCTYPE html><title>404</title><h1>404</h1>");
            await WriteHtmlAsync(context, 404, PreviewInjection.Inject(page, errors));
            return;
        }
        if (file.EndsWith(".html", StringComparison.Ordinal))
        {
            await WriteHtmlAsync(context, 200, PreviewInjection.Inject(await File.ReadAllTextAsync(file), errors));
            return;
        }
        context.Response.ContentType = ContentTypes.TryGetContentType(file, out var type) ? type : "application/octet-stream";
        context.Response.Headers.CacheControl = "no-store";
        await context.Response.SendFileAsync(file);
    }

    /// <summary>The output path a URL asks for (<c>/a/</c> → <c>a/index.html</c>); null for a path that climbs out of the site.</summary>
    private static string? OutputPathOf(string urlPath, LiveSite live)
    {
        var relative = Uri.UnescapeDataString(urlPath).TrimStart('/');
        if (relative.Split('/').Any(segment => segment is ".." or ".")) return null;
        if (relative.Length == 0 || relative.EndsWith('/')) return relative + "index.html";
        return live.HasPage(relative + "/index.html") ? relative + "/index.html" : relative;
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
        await _stopping.CancelAsync();
        if (_builder is not null) await _builder;
        if (_app is not null) await _app.DisposeAsync();
        _stopping.Dispose();
    }
}
