namespace PublicInfo.Rendering;

/// <summary>The site's URL scheme in one place, and how URLs map to files and to links relative to a page.</summary>
/// <remarks>Pages link relatively so the site works from any folder of any static file server (an intranet share,
/// a sub-path, a USB stick served locally) without knowing its base URL.</remarks>
public static class SiteUrls
{
    public const string Home = "/";
    public const string AToZ = "/a-z/";
    public const string Notices = "/notices/";
    public const string Search = "/search/";
    public const string NotFound = "/404.html";
    public const string Changes = "/changes/";
    public const string Transparency = "/transparency/";
    public const string ChangesFeed = "/changes/feed.xml";
    public const string OpenData = "/data/";

    public static string CategoryFeed(string id) => $"/categories/{id}/feed.xml";

    public static string Category(string id) => $"/categories/{id}/";
    public static string Procedure(string id) => $"/procedures/{id}/";
    // A file beside the guide rather than a folder of its own: one directory less per guide on disk.
    public static string ProcedurePrint(string id) => $"/procedures/{id}/print.html";
    public static string ProcedureVersion(string id, int version) => $"/procedures/{id}/v{version}/";
    public static string Document(string id) => $"/documents/{id}/";
    public static string Office(string id) => $"/offices/{id}/";
    public static string Notice(string slug) => $"/notices/{slug}/";
    public static string Page(string slug) => $"/pages/{slug}/";

    /// <summary>"/procedures/x/" → "procedures/x/index.html"; "/404.html" → "404.html".</summary>
    public static string ToOutputPath(string url) =>
        url.EndsWith('/') ? url.TrimStart('/') + "index.html" : url.TrimStart('/');

    /// <summary>The link from page <paramref name="from"/> to <paramref name="to"/> (both site-absolute), e.g. "../../a-z/".</summary>
    public static string Relative(string from, string to)
    {
        var fragment = "";
        var hash = to.IndexOf('#');
        if (hash >= 0) (to, fragment) = (to[..hash], to[hash..]);
        var fromDir = from[..(from.LastIndexOf('/') + 1)].Split('/', StringSplitOptions.RemoveEmptyEntries);
        var target = to.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var targetIsDirectory = to.EndsWith('/');
        var common = 0;
        var targetDirCount = targetIsDirectory ? target.Length : target.Length - 1;
        while (common < fromDir.Length && common < targetDirCount && fromDir[common] == target[common]) common++;
        var up = string.Concat(Enumerable.Repeat("../", fromDir.Length - common));
        var down = string.Join('/', target.Skip(common));
        if (targetIsDirectory && down.Length > 0) down += "/";
        var link = up + down;
        return (link.Length == 0 ? "./" : link) + fragment;
    }
}
