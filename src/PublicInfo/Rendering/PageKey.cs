using System.Buffers;
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

    // One per thread, reused page after page: the views of the A–Z and category pages are megabytes of JSON, which
    // were a new array for each page in each build.
    [ThreadStatic] private static ArrayBufferWriter<byte>? _json;
    [ThreadStatic] private static Utf8JsonWriter? _writer;

    private static string Hash(object?[] values)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var json = _json ??= new ArrayBufferWriter<byte>();
        var writer = _writer ??= new Utf8JsonWriter(json, new JsonWriterOptions { Encoder = Options.Encoder, SkipValidation = true });
        foreach (var value in values)
        {
            json.ResetWrittenCount();
            writer.Reset(json);
            if (value is not null) JsonSerializer.Serialize(writer, value, value.GetType(), Options);
            writer.Flush();
            // Each value is framed by its type and length, so two different splits of the same bytes differ.
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes($"{value?.GetType().FullName}:{json.WrittenCount}:"));
            hash.AppendData(json.WrittenSpan);
        }
        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
