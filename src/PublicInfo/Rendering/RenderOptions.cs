namespace PublicInfo.Rendering;

/// <summary>What rendering needs besides content: the build date and the content-hashed URL of each asset.</summary>
/// <param name="Today">The build date (<c>--now</c>).</param>
/// <param name="AssetUrls">Asset path (e.g. <c>css/site.css</c>) → site-absolute URL with its content hash.</param>
/// <param name="History">What has been published before (empty for a site never published).</param>
/// <param name="SearchManifestUrl">Site-absolute URL of the search export's manifest; null where search is not wired (no script is loaded then).</param>
/// <param name="OpenDataFiles">The open data files of this build, for the /data/ page's list; made afresh when null.</param>
/// <param name="SearchManifestJson">The manifest's JSON, safe inside a script element; the search page carries it so that
/// the first query does not wait for one more request before it can ask for terms.</param>
public sealed record RenderOptions(DateOnly Today, IReadOnlyDictionary<string, string> AssetUrls, PublicationHistory? History = null,
    string? SearchManifestUrl = null, IReadOnlyList<Records.OpenDataFile>? OpenDataFiles = null, string? SearchManifestJson = null)
{
    public PublicationHistory PublishedHistory => History ?? PublicationHistory.Empty;
}
