using System.Security.Cryptography;
using System.Text.Json;

namespace PublicInfo.Rendering;

/// <summary>
/// A hash of everything a page's HTML is made from: the templates (by layout key), the site-wide values every
/// template sees, and the page's own view. Templates do no I/O and the view is built from the immutable site
/// model, so two equal keys mean byte-identical HTML; the build reuses the page written last time instead.
/// </summary>
/// <remarks>The view is hashed through its JSON form, so a new field in any view is covered without listing it here.</remarks>
internal static class PageKey
{
    private static readonly JsonSerializerOptions Options = new()
    {
        IncludeFields = true,
        // Views are trees of records (no cycles), so no reference tracking: it would cost a lookup per object.
        // Only hashed, never shown: Chinese text passes as is instead of six-byte escapes, which halves the time.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The key of the values every page shares (site globals, asset URLs, base URL).</summary>
    public static string OfShared(params object?[] values) => Hash(values);

    public static string Of(string sharedKey, string layoutKey, PlannedPage page, object? model) =>
        Hash([sharedKey, layoutKey, page.Url, page.Layout, page.Title, page.Breadcrumbs, model]);

    private static string Hash(object?[] values)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var value in values)
        {
            // Each value is framed by its type and length, so two different splits of the same bytes differ.
            var bytes = value is null ? [] : JsonSerializer.SerializeToUtf8Bytes(value, value.GetType(), Options);
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes($"{value?.GetType().FullName}:{bytes.Length}:"));
            hash.AppendData(bytes);
        }
        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
