using PublicInfo.Content;
using PublicInfo.Content.Rules;
using PublicInfo.Records;
using PublicInfo.Search;

namespace PublicInfo.Build;

/// <summary>
/// What a process that builds one site again and again (the build server) keeps between its builds, so that a build
/// after a one-guide edit costs in proportion to the edit where it can: the input files' hashes (by size and time), the
/// parse of every input file and the body rules' findings, each guide's search document and open data (by the guide's
/// inputs key), the search export's term fragments, and the open-data files it wrote. Its first build loads the caches
/// on disk as a fresh process does; the caches on disk are saved after each build as a fresh process saves them, so a
/// build by another process stays warm too. Not thread-safe: one build at a time.
/// </summary>
public sealed class WarmCaches
{
    private readonly (ParseCache Parses, BodyFactsCache Bodies)? _shared;
    private ParseCache? _parses;
    private BodyFactsCache? _bodies;

    /// <summary>For the build server: parses and body findings loaded from disk by the first build, carried over after.</summary>
    public WarmCaches()
    {
    }

    /// <summary>For <c>preview</c>: its own parses and body findings (which the pages it renders on request share) are
    /// used as they are by every build; everything else is kept here.</summary>
    public WarmCaches(ParseCache parses, BodyFactsCache bodies) => _shared = (parses, bodies);

    /// <summary>The parse cache for the next build, whose input files hash as <paramref name="inputs"/> says.</summary>
    internal ParseCache Parses(string path, IReadOnlyDictionary<string, string> inputs) =>
        _shared?.Parses ?? (_parses = _parses?.Next(inputs) ?? ParseCache.Load(path, BuildCache.ToolId, inputs));

    /// <summary>The body rules' findings for the next build.</summary>
    internal BodyFactsCache Bodies(string path) =>
        _shared?.Bodies ?? (_bodies = _bodies?.Next() ?? BodyFactsCache.Load(path, BuildCache.ToolId));

    /// <summary>Whether the body findings are saved to disk after a build (not <c>preview</c>'s own).</summary>
    internal bool SavesBodies => _shared is null;

    private PageCache? _pages;

    /// <summary>The page cache for the next build: the one the last build saved, when it committed, else the file.</summary>
    internal PageCache Pages(string path, string output)
    {
        var pages = _pages?.Next(output) ?? PageCache.Load(path, output);
        _pages = null; // until this build commits: a build that fails leaves the file as the truth
        return pages;
    }

    /// <summary>Keeps the page cache of a build that committed and saved it.</summary>
    internal void Committed(PageCache pages) => _pages = pages;

    /// <summary>The input files' hashes, by their size and time.</summary>
    internal InputFingerprint.KnownHashes InputHashes { get; } = new();

    /// <summary>Each guide's search document, by its inputs key.</summary>
    internal GuideMemo<SearchDocument> SearchDocuments { get; } = new();

    /// <summary>The search export's term fragments, patched after an edit instead of computed again.</summary>
    internal TermFragmentPatcher SearchFragments { get; } = new();

    /// <summary>Each guide's record and rows of the open data, by its inputs key.</summary>
    internal GuideMemo<GuideOpenData> OpenData { get; } = new();

    /// <summary>The open-data files of the last build, linked unread when written again with the same bytes.</summary>
    internal WrittenFiles OpenDataFiles { get; } = new();

    /// <summary>Starts a build: the memos offer the last build's values.</summary>
    internal void NextBuild()
    {
        SearchDocuments.NextBuild();
        OpenData.NextBuild();
        OpenDataFiles.NextBuild();
    }
}
