using PublicInfo.Content;
using PublicInfo.Content.Rules;
using PublicInfo.Records;
using PublicInfo.Search;

namespace PublicInfo.Build;

/// <summary>
/// What a process that builds one site again and again (the build server) keeps between its builds, so that a build
/// after a one-guide edit costs in proportion to the edit where it can: the input files' hashes (by size and time), the
/// parse of every input file and the body rules' findings, each guide's search document and open data (by the guide's
/// inputs key), the search export's term fragments, the open-data files it wrote, and the record of its last build. Its
/// first build loads the caches on disk as a fresh process does; the caches on disk are saved after each build as a
/// fresh process saves them (or, deferred, when the process is idle), so a build by another process stays warm too.
/// Not thread-safe: one build at a time.
/// </summary>
public sealed class WarmCaches
{
    private readonly (ParseCache Parses, BodyFactsCache Bodies)? _shared;
    private readonly DeferredSaves? _deferred;
    private ParseCache? _parses;
    private BodyFactsCache? _bodies;

    /// <summary>For the build server: parses and body findings loaded from disk by the first build, carried over after.</summary>
    /// <param name="deferSaving">Save the caches on disk only in <see cref="SaveCaches"/>, which the owner calls when it
    /// has time, instead of during each build.</param>
    public WarmCaches(bool deferSaving = false)
    {
        if (deferSaving) _deferred = new DeferredSaves();
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

    /// <summary>Whether caches are saved only when asked (<see cref="SaveCaches"/>).</summary>
    internal bool DefersSaving => _deferred is not null;

    /// <summary>True when a build left caches that <see cref="SaveCaches"/> has not written yet.</summary>
    public bool HasUnsavedCaches => _deferred?.Pending == true;

    /// <summary>Writes the caches the builds since the last call held back; returns one line for each that failed.</summary>
    public IReadOnlyList<string> SaveCaches() => _deferred?.Flush() ?? [];

    /// <summary>Saves a cache file now, or when <see cref="SaveCaches"/> is called.</summary>
    internal void Save(string path, Action save)
    {
        if (_deferred is null) save();
        else _deferred.Defer(path, save);
    }

    private BuildCache? _lastBuild;
    private (long Length, long Ticks)? _lastBuildFile;

    /// <summary>The record of this process's last build when the file at <paramref name="path"/> is still the one it
    /// wrote (or, its save deferred, still absent); null when another process may have built since: then the file is read.</summary>
    internal BuildCache? LastBuild(string path)
    {
        if (_lastBuild is null || Stamp(path) != _lastBuildFile) _lastBuild = null;
        return _lastBuild;
    }

    /// <summary>Keeps the record of a build that committed, and saves it (now or deferred). A deferred record is not
    /// written over a record another process saved meanwhile: that build's output replaced this one's.</summary>
    internal void Built(string path, BuildCache record)
    {
        _lastBuild = record;
        _lastBuildFile = null;
        Save(path, () =>
        {
            if (File.Exists(path))
            {
                _lastBuild = null;
                return;
            }
            record.Save(path);
            _lastBuildFile = Stamp(path);
        });
    }

    private static (long, long)? Stamp(string path)
    {
        var file = new FileInfo(path);
        return file.Exists ? (file.Length, file.LastWriteTimeUtc.Ticks) : null;
    }

    private PageCache? _pages;

    /// <summary>The page cache for the next build: the last committed build's, else the file.</summary>
    internal PageCache Pages(string path, string output)
    {
        var pages = _pages?.Next(output) ?? PageCache.Load(path, output);
        _pages = null; // until this build commits: a build that fails leaves the file as the truth
        return pages;
    }

    private SearchExportCache? _searchExports;

    /// <summary>The search export cache for the next build: the last committed build's, else the file.</summary>
    internal SearchExportCache SearchExports(string path, string output)
    {
        var exports = _searchExports?.Next(output) ?? SearchExportCache.Load(path, output);
        _searchExports = null; // until this build commits
        return exports;
    }

    /// <summary>Keeps the page cache and the search export cache of a build that committed; the memos learn of it at the
    /// next build.</summary>
    internal void Committed(PageCache pages, SearchExportCache searchExports)
    {
        (_pages, _searchExports) = (pages, searchExports);
        _lastCommitted = true;
    }

    private bool _lastCommitted = true; // nothing built yet: nothing to keep from a build that stopped

    /// <summary>The input files' hashes, by their size and time.</summary>
    internal InputFingerprint.KnownHashes InputHashes { get; } = new();

    /// <summary>What the guide rules found in each guide, with its parse.</summary>
    internal GuideFindings GuideFindings { get; } = new();

    /// <summary>Each guide's search document, by its inputs key.</summary>
    internal GuideMemo<SearchDocument> SearchDocuments { get; } = new();

    /// <summary>The search export's term fragments, patched after an edit instead of computed again.</summary>
    internal TermFragmentPatcher SearchFragments { get; } = new();

    /// <summary>Each guide's record and rows of the open data, by its inputs key.</summary>
    internal GuideMemo<GuideOpenData> OpenData { get; } = new();

    /// <summary>The bulk open-data files and the sitemap of the last build with the parts they were joined from.</summary>
    internal JoinedFileMemo JoinedFiles { get; } = new();

    /// <summary>The open-data and search files of the last build, linked unread when written again with the same bytes.</summary>
    internal WrittenFiles WrittenFiles { get; } = new();

    /// <summary>The search index's slice segments.</summary>
    internal SliceMemory SearchSlices { get; } = new();

    /// <summary>The compressed copies of the last build's search files.</summary>
    internal CompressedCopies SearchCompression { get; } = new();

    /// <summary>Starts a build: the memos offer the last build's values.</summary>
    internal void NextBuild()
    {
        SearchDocuments.NextBuild(_lastCommitted);
        OpenData.NextBuild(_lastCommitted);
        WrittenFiles.NextBuild(_lastCommitted);
        _lastCommitted = false; // until this build commits
    }
}
