using System.Diagnostics;
using PublicInfo.Content;
using PublicInfo.Content.Rules;
using PublicInfo.Output;
using PublicInfo.Pipeline;
using PublicInfo.Rendering;
using PublicInfo.Search;
using PublicInfo.Transparency;
using Scriban.Syntax;

namespace PublicInfo.Build;

/// <summary>Builds a whole site: check, run the pipelines, and swap the result into the output folder.</summary>
public static class SiteBuilder
{
    /// <param name="cancellation">Stops the build between steps (preview: a newer save makes it obsolete); nothing is
    /// published and the last output stays as it was.</param>
    /// <exception cref="OperationCanceledException">The build was stopped.</exception>
    public static BuildResult Build(BuildSettings settings, CancellationToken cancellation = default) =>
        Build(settings, warm: null, cancellation);

    /// <summary>A build of a process that builds the same site again and again (the build server, preview): what did
    /// not change since its last build (input hashes, parses, body findings, each guide's search document and open data,
    /// term fragments) comes from <paramref name="warm"/>; the caches on disk are saved as a fresh process saves them.
    /// The files written are the same. A clean build (<see cref="BuildSettings.Incremental"/> false) uses none of it.</summary>
    /// <exception cref="OperationCanceledException">The build was stopped.</exception>
    public static BuildResult Build(BuildSettings settings, WarmCaches? warm, CancellationToken cancellation = default)
    {
        if (!settings.Incremental) warm = null;
        var clock = Stopwatch.StartNew();
        var cachePath = BuildCache.PathFor(settings.Root, settings.OutputDirectory);
        var inputs = InputFingerprint.Compute(settings.Root, warm?.InputHashes);
        if (settings.Incremental && (warm?.LastBuild(cachePath) ?? BuildCache.Load(cachePath)) is { } cache && cache.IsUpToDate(inputs, settings.Today, settings.OutputDirectory)
            && Directory.Exists(SavedSearchIndex.PathFor(settings.Root, settings.OutputDirectory)))
            return new BuildResult(true, [], [new PipelineTiming("UpToDate", clock.Elapsed, 0)], clock.Elapsed, cache.Outputs.Count, UpToDate: true);

        _ = SearchWarmUp.Start();
        warm?.NextBuild();
        // Parses of unchanged files come from the last build's cache (or from the process's own, kept by WarmCaches); the
        // cache is saved in the background while the pipelines run (or when the build server is idle), even when the
        // content has errors.
        var parseCachePath = BuildCache.CacheEntry(settings.Root, settings.OutputDirectory, "parses", ".bin");
        var parseCache = warm?.Parses(parseCachePath, inputs)
            ?? (settings.Incremental ? ParseCache.Load(parseCachePath, BuildCache.ToolId, inputs) : null);
        var bodyFactsPath = BuildCache.CacheEntry(settings.Root, settings.OutputDirectory, "body-facts", ".json");
        var bodyFacts = warm?.Bodies(bodyFactsPath)
            ?? (settings.Incremental ? BodyFactsCache.Load(bodyFactsPath, BuildCache.ToolId) : BodyFactsCache.Empty());
        var check = SiteChecker.Check(settings.Root, settings.Today, parseCache, bodyFacts, warm?.GuideFindings, cancellation);
        var checkTiming = new PipelineTiming("Content", clock.Elapsed, check.Content?.ProcedureVersions.Count ?? 0);
        Task savingParses;
        if (warm?.DefersSaving == true)
        {
            if (parseCache?.HasUnsavedChanges == true) warm.Save(parseCachePath, () => parseCache.Save(parseCachePath, BuildCache.ToolId));
            if (warm.SavesBodies && bodyFacts.HasUnsavedChanges) warm.Save(bodyFactsPath, () => bodyFacts.Save(bodyFactsPath, BuildCache.ToolId));
            savingParses = Task.CompletedTask;
        }
        else
            savingParses = Task.Run(() =>
            {
                parseCache?.Save(parseCachePath, BuildCache.ToolId);
                if (warm?.SavesBodies != false) bodyFacts.Save(bodyFactsPath, BuildCache.ToolId);
            });
        try
        {
            return BuildChecked(settings, check, checkTiming, inputs, cachePath, clock, warm, cancellation);
        }
        finally
        {
            savingParses.Wait();
        }
    }

    /// <summary>Saves a cache file now, or through the build server's <see cref="WarmCaches"/> (now, or when it is idle).</summary>
    private static void SaveCache(WarmCaches? warm, string path, Action save)
    {
        if (warm is null) save();
        else warm.Save(path, save);
    }

    private static BuildResult BuildChecked(BuildSettings settings, CheckResult check, PipelineTiming checkTiming,
        SortedDictionary<string, string> inputs, string cachePath, Stopwatch clock, WarmCaches? warm, CancellationToken cancellation)
    {
        if (check.HasErrors || check.Content is null || check.Site is null)
            return new BuildResult(false, check.Diagnostics, [checkTiming], clock.Elapsed, 0);

        var theme = Theme.Load(settings.Root, settings.ThemeName);
        if (theme.Errors.Count > 0)
            return new BuildResult(false, [.. check.Diagnostics, .. BuildRules.ThemeErrors(theme)], [checkTiming], clock.Elapsed, 0);
        PublicationLog log;
        PublicationHistory history;
        try
        {
            (log, history) = HistoryLoader.Load(settings.Root, check.Site.Config.PublicKey);
        }
        catch (Exception e) when (e is InvalidDataException or FormatException)
        {
            return new BuildResult(false, [.. check.Diagnostics, BuildRules.DamagedLog(e)], [checkTiming], clock.Elapsed, 0);
        }
        var pageCachePath = PageCache.PathFor(settings.Root, settings.OutputDirectory);
        var pages = warm?.Pages(pageCachePath, settings.OutputDirectory)
            ?? (settings.Incremental ? PageCache.Load(pageCachePath, settings.OutputDirectory) : PageCache.Empty());
        var searchCachePath = SearchExportCache.PathFor(settings.Root, settings.OutputDirectory);
        // A reused export needs the Lucene index saved with it, which `publicinfo search` answers from.
        var searchExports = settings.Incremental && Directory.Exists(SavedSearchIndex.PathFor(settings.Root, settings.OutputDirectory))
            ? warm?.SearchExports(searchCachePath, settings.OutputDirectory) ?? SearchExportCache.Load(searchCachePath, settings.OutputDirectory)
            : SearchExportCache.Empty();
        var pinyinPath = BuildCache.CacheEntry(settings.Root, settings.OutputDirectory, "pinyin", ".json");
        var knownTitles = settings.Incremental ? PinyinCache.Load(pinyinPath) : 0;
        using var staged = StagedOutput.Begin(settings.OutputDirectory, settings.Root);
        var context = new BuildContext(check.Site, check.Content, settings, cancellation, staged);
        IReadOnlyList<Document> documents;
        IReadOnlyList<PipelineTiming> timings;
        PipelineTiming writeTiming;
        try
        {
            (documents, timings) = Engine.Run(SitePipelines.All(theme, AssetManifest.Create(theme), log, history, pages,
                searchExports, GuidePageInputs.From(inputs, check.Content, check.Site), warm), context);
            var writeClock = Stopwatch.StartNew();
            cancellation.ThrowIfCancellationRequested();
            // From here until this build's record is saved, no record may claim the output is up to date: not the last
            // build's (the output changes), and not this one's before every cache it names is saved.
            File.Delete(cachePath);
            staged.Commit();
            if (context.Shared.ContainsKey(SitePipelines.SearchIndexStagedKey))
                SavedSearchIndex.Publish(SavedSearchIndex.PathFor(settings.Root, settings.OutputDirectory));
            SaveCache(warm, pageCachePath, () => pages.Save(pageCachePath));
            if (searchExports.HasUnsavedChanges) SaveCache(warm, searchCachePath, () => searchExports.Save(searchCachePath));
            if (PinyinCache.HasGrown(knownTitles)) SaveCache(warm, pinyinPath, () => PinyinCache.SaveIfGrown(pinyinPath, 0));
            warm?.Committed(pages, searchExports);
            writeTiming = new PipelineTiming("Commit", writeClock.Elapsed, documents.Count);
        }
        catch (ScriptRuntimeException e)
        {
            return new BuildResult(false, [.. check.Diagnostics, BuildRules.TemplateFailed(e, settings.Root)], [checkTiming], clock.Elapsed, 0);
        }
        finally
        {
            // A build that failed or stopped may not have waited for the index's copy, which reads the index.
            if (context.Shared.TryGetValue(SitePipelines.SearchIndexStagingKey, out var staging))
                ((Task)staging).ContinueWith(_ => { }, TaskScheduler.Default).Wait();
            if (context.Shared.TryGetValue(SitePipelines.SearchIndexKey, out var index)) ((IDisposable)index).Dispose();
        }
        var record = new BuildCache
        {
            Tool = BuildCache.ToolId,
            Today = settings.Today.ToString("yyyy-MM-dd"),
            Inputs = inputs,
            Outputs = new SortedDictionary<string, long>(documents.ToDictionary(d => d.Destination, d => d.Length), StringComparer.Ordinal),
        };
        if (warm is null) record.Save(cachePath);
        else warm.Built(cachePath, record);
        return new BuildResult(true, check.Diagnostics, [checkTiming, .. timings, writeTiming], clock.Elapsed, documents.Count)
        {
            PagesRendered = pages.Rendered,
            PagesReused = pages.Reused,
            SearchExportReused = searchExports.Reused,
            SearchCompressionsReused = searchExports.CompressedCopiesReused,
        };
    }
}
