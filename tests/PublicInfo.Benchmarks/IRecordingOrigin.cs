using Microsoft.Playwright;

namespace PublicInfo.Benchmarks;

/// <summary>One request the page made: its path and the file that answered it (null: 404 or another origin).</summary>
public sealed record ServedRequest(string Path, string? File);

/// <summary>Serves a site folder to browser contexts and records every request, so a query's requests and bytes are
/// counted where they are served, whatever the client does.</summary>
public interface IRecordingOrigin : IAsyncDisposable
{
    /// <summary>The origin the pages are opened at (scheme, host and port, no trailing slash).</summary>
    string Url { get; }

    /// <summary>Prepares a new browser context to load pages from this origin.</summary>
    Task AttachAsync(IBrowserContext context);

    /// <summary>The requests since the last call, and forgets them.</summary>
    IReadOnlyList<ServedRequest> Take();
}
