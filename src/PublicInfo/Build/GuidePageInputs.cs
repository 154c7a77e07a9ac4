using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using PublicInfo.Content;
using PublicInfo.Rendering;

namespace PublicInfo.Build;

/// <summary>
/// For each guide, a hash of the input files its two pages (the guide and its print checklist) are made from: every
/// version of the guide, the offices it names, the document catalogue, everything under <c>site/</c> (settings, the
/// publication log) and the build date. When that hash and the renderer's own keys (templates, site-wide values) are
/// unchanged since the last build, the page is taken from the last output without building its view: at 10,000 guides,
/// making and hashing 20,000 views is most of a one-guide build's page work.
/// </summary>
/// <remarks>
/// This is a declared dependency list, so it must grow with the guide's view: a view that starts reading another
/// input (say, the guides of its category) must add that input here. The random-edit test in IncrementalBuildTests
/// compares an incremental build with a clean one after each kind of edit and fails when this list falls short.
/// </remarks>
public sealed class GuidePageInputs
{
    private static readonly string[] GuideLayouts = ["procedure", "print"];

    private readonly IReadOnlyDictionary<string, string> _byGuide;

    private GuidePageInputs(IReadOnlyDictionary<string, string> byGuide) => _byGuide = byGuide;

    /// <param name="files">Content hash of every input file by root-relative path (<see cref="InputFingerprint"/>).</param>
    public static GuidePageInputs From(IReadOnlyDictionary<string, string> files, ContentSet content, SiteModel site)
    {
        var shared = new StringBuilder()
            .Append(BuildCache.ToolId).Append('\n')
            .Append(site.Today.ToString("yyyy-MM-dd")).Append('\n');
        foreach (var (path, hash) in files)
            if (path.StartsWith("site/", StringComparison.Ordinal) || path == "input/documents.yml")
                shared.Append(path).Append('=').Append(hash).Append('\n');
        var sharedKey = Hash(shared);

        // Every build makes 10,000 keys before any pipeline starts: hashes are looked up in a hash table (the sorted
        // fingerprint took a microsecond a lookup) and each office's part of a key is made once (65–150 ms to 38–54 ms).
        var hashes = new Dictionary<string, string>(files, StringComparer.Ordinal);
        string FileKey(string path) => $"{path}={hashes.GetValueOrDefault(path, "absent")}\n";
        var officeParts = site.Offices.Select(o => o.Id).Distinct(StringComparer.Ordinal)
            .ToDictionary(id => id, id => FileKey(site.FindOffice(id)!.Source.File), StringComparer.Ordinal);
        var byGuide = new Dictionary<string, string>(StringComparer.Ordinal);
        var key = new StringBuilder();
        foreach (var versions in content.ProcedureVersions.GroupBy(p => p.Id, StringComparer.Ordinal))
        {
            key.Clear().Append(sharedKey).Append('\n');
            foreach (var version in versions.OrderBy(v => v.Source.File, StringComparer.Ordinal)) key.Append(FileKey(version.Source.File));
            // Offices by the ids the guide names, in its order: a missing office is part of the key too.
            foreach (var procedure in versions)
                foreach (var officeId in procedure.Offices)
                    key.Append("office ").Append(officeId).Append(' ').Append(officeParts.GetValueOrDefault(officeId, "absent\n"));
            byGuide[versions.Key] = Hash(key);
        }
        return new GuidePageInputs(byGuide);
    }

    /// <summary>The key of everything guide <paramref name="id"/>'s own outputs are made from (its versions' files, its
    /// offices, the catalogue, <c>site/</c>, the date, the tool); null for an unknown guide.</summary>
    public string? GuideKey(string id) => _byGuide.GetValueOrDefault(id);

    /// <summary>The inputs key of <paramref name="page"/> as <paramref name="renderer"/> would render it; null for pages
    /// made from more than one guide's inputs (home, categories, offices…), which are keyed by their view only.</summary>
    public string? KeyOf(PlannedPage page, SiteRenderer renderer)
    {
        if (page.Model is not Procedure procedure || !GuideLayouts.Contains(page.Layout)
            || !_byGuide.TryGetValue(procedure.Id, out var guide)) return null;
        var key = (_pageKey ??= new StringBuilder()).Clear().Append(guide).Append('\n')
            .Append(renderer.SharedKey).Append('\n')
            .Append(renderer.LayoutKey(page.Layout)).Append('\n')
            .Append(page.Url).Append('\n').Append(page.Layout).Append('\n').Append(page.Title).Append('\n');
        foreach (var crumb in page.Breadcrumbs) key.Append(crumb.Title).Append('\t').Append(crumb.Url).Append('\n');
        return Hash(key);
    }

    // One per thread, cleared for each page: 20,000 pages' keys are made in each build.
    [ThreadStatic] private static StringBuilder? _pageKey;

    private static string Hash(StringBuilder text)
    {
        var value = text.ToString();
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(value.Length));
        try
        {
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(bytes.AsSpan(0, Encoding.UTF8.GetBytes(value, bytes)), hash);
            return Convert.ToHexString(hash);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }
}
