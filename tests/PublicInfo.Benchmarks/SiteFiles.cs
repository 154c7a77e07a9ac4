namespace PublicInfo.Benchmarks;

/// <summary>What both origins serve the same way: the blank host page, files by URL path, content types.</summary>
public static class SiteFiles
{
    // The blank host page: same origin as the files, so import('/js/…') works; the icon link stops a /favicon.ico request.
    public const string BlankPage = """<!doctype html><html lang="zh-CN"><meta charset="utf-8"><link rel="icon" href="data:,"><title>bench</title></html>""";

    public const string Html = "text/html; charset=utf-8";

    /// <summary>The file under <paramref name="folder"/> at URL path <paramref name="path"/>, or null (missing, or outside the folder).</summary>
    public static string? Find(string folder, string path)
    {
        var root = Path.GetFullPath(folder);
        var local = Path.GetFullPath(Path.Combine(root, Uri.UnescapeDataString(path.TrimStart('/'))));
        return local.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(local) ? local : null;
    }

    public static string ContentTypeOf(string path) => Path.GetExtension(path) switch
    {
        ".js" => "text/javascript",
        ".json" => "application/json",
        ".wasm" => "application/wasm",
        ".html" => Html,
        ".css" => "text/css",
        _ => "application/octet-stream",
    };
}
