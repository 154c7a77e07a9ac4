using PublicInfo.Output;
using PublicInfo.Pipeline;
using PublicInfo.Records;
using PublicInfo.Rendering;
using PublicInfo.Search;
using PublicInfo.Transparency;

namespace PublicInfo.Build;

/// <summary>The site's pipelines, each a short recipe; the engine runs independent ones in parallel.</summary>
public static class SitePipelines
{
    /// <param name="pages">Pages of the last build to reuse where unchanged; <see cref="PageCache.Empty"/> renders all.</param>
    /// <param name="searchExports">The last build's search export, reused when nothing search reads changed.</param>
    /// <param name="guideInputs">What each guide's pages are made from, to reuse them without building their views; null builds every view.</param>
    /// <param name="warm">What the build server kept from its last build (each guide's search document and open data, the
    /// term fragments, the open-data files it wrote); null in a fresh process.</param>
    public static IReadOnlyList<Pipeline.Pipeline> All(Theme theme, AssetManifest assets, PublicationLog log, PublicationHistory history,
        PageCache pages, SearchExportCache searchExports, GuidePageInputs? guideInputs = null, WarmCaches? warm = null) =>
    [
        new("Log", [], [new DelegateModule("ServeLogRecordsAndProofs", (_, _) => LogDocuments.Create(log, history))]),
        new("OpenData", [], [new DelegateModule("ExportRecordsCsvHsdsDcat", (_, context) => OpenData(context, guideInputs, warm))]),
        new("Feeds", [], [new DelegateModule("AtomFeeds", (_, context) => FeedDocuments.Create(context.Site, history))]),
        new("Assets", [], [new DelegateModule("CopyHashedAssets", (_, _) =>
            assets.Files.Select(f => new Document(f.Url.TrimStart('/'), f.Bytes)).ToList())]),
        new("Search", [], [new DelegateModule("LuceneIndexAndStaticExport", (_, context) => SearchDocuments(context, searchExports, guideInputs, warm))]),
        new("Pages", [], [new DelegateModule("RenderPages", (_, context) =>
            RenderPages(context, theme, new RenderOptions(context.Settings.Today, assets.Urls, history), page => !IsLate(page), pages,
                guideInputs))]),
        // The search page names the export's content-hashed manifest and /data/ lists the data files' sizes:
        // only these two wait for those pipelines, the thousands of other pages do not.
        new("LatePages", ["Search", "OpenData"], [new DelegateModule("RenderSearchAndDataPages", (_, context) =>
            RenderPages(context, theme, new RenderOptions(context.Settings.Today, assets.Urls, history,
                (string)context.Shared[SearchManifestKey], (IReadOnlyList<OpenDataFile>)context.Shared[OpenDataFilesKey],
                (string)context.Shared[SearchManifestJsonKey]), IsLate, pages,
                guideInputs))]),
        new("Sitemap", [], [new DelegateModule("SitemapAndRobots", (_, context) => SitemapDocuments(context, history, warm))]),
        // `publicinfo search` answers from a copy of the index on disk; it is written while the export is made and the
        // pages render, and put in place by the builder once the site is.
        new("SavedSearchIndex", ["Search"], [new DelegateModule("StageIndexCopy", (_, context) => StageSavedIndex(context))]),
    ];

    /// <summary>Key of the built <see cref="SearchIndex"/> in <see cref="BuildContext.Shared"/>; the builder saves it for <c>publicinfo search</c>.</summary>
    public const string SearchIndexKey = "search.index";

    /// <summary>Set in <see cref="BuildContext.Shared"/> when the new index was staged beside the saved one
    /// (<see cref="SavedSearchIndex.Stage"/>), for the builder to publish after the site.</summary>
    public const string SearchIndexStagedKey = "search.index.staged";

    /// <summary>Key of the task staging the new index (<see cref="SavedSearchIndex.Stage"/>), started as soon as the index
    /// is built; the builder waits for it before it disposes the index.</summary>
    public const string SearchIndexStagingKey = "search.index.staging";

    private const string SearchManifestKey = "search.manifest";
    private const string SearchManifestJsonKey = "search.manifest.json";
    private const string OpenDataFilesKey = "opendata.files";
    private const string SearchFolder = "search/";

    /// <summary>Pages that need other pipelines' results: the search page (the export's manifest) and /data/ (the data files).</summary>
    public static bool IsLate(PlannedPage page) => page.Layout is "search" or "data";

    private static IReadOnlyList<Document> SearchDocuments(BuildContext context, SearchExportCache exports, GuidePageInputs? guideInputs,
        WarmCaches? warm)
    {
        var guides = warm is null
            ? GuideSearchDocuments.From(context.Site)
            : context.Site.Procedures.Select(p => warm.SearchDocuments.Get(p.Id, guideInputs?.GuideKey(p.Id),
                () => GuideSearchDocuments.From(p, context.Site))).ToList();
        var key = SearchExportCache.KeyOf(guides, context.Content.Synonyms);
        if (exports.TryReuse(key, SearchFolder) is { } previous)
        {
            // The saved Lucene index was built from the same documents, so it stays as it is (no SearchIndexKey).
            context.Shared[SearchManifestKey] = "/" + SearchFolder + previous.Manifest;
            context.Shared[SearchManifestJsonKey] = ScriptJson(previous.Files.First(f => f.Name == previous.Manifest).Bytes);
            return previous.Files.Select(f => new Document(SearchFolder + f.Name, f.Bytes)).ToList();
        }
        var slices = new SearchSliceStore(BuildCache.CacheEntry(context.Settings.Root, context.Settings.OutputDirectory, "search-slices"),
            BuildCache.ToolId, reuse: context.Settings.Incremental, warm?.SearchSlices);
        var index = SearchIndexBuilder.Build(guides, SynonymMap.Parse(context.Content.Synonyms), slices);
        context.Shared[SearchIndexKey] = index;
        // Copying the index to disk for `publicinfo search` needs only the index: it overlaps the export instead of
        // following it (it was ~0.2 s after the export of 10,000 guides).
        var savedIndex = SavedSearchIndex.PathFor(context.Settings.Root, context.Settings.OutputDirectory);
        context.Shared[SearchIndexStagingKey] = Task.Run(() => SavedSearchIndex.Stage(index, savedIndex));
        context.CancellationToken.ThrowIfCancellationRequested();
        var files = new List<(string Name, byte[] Bytes)>();
        var export = SearchExporter.Export(index, (name, bytes) => files.Add((name, bytes)),
            earlier: (name, content, quality) => warm?.SearchCompression.Earlier(name, content, quality)
                ?? exports.CompressedCopies(SearchFolder, name, content, quality),
            cancellation: context.CancellationToken,
            fragments: warm?.SearchFragments.Fragments(index, guides, context.CancellationToken));
        exports.Record(key, export.ManifestFile, export.BrotliQuality, files);
        warm?.SearchCompression.Remember(files, export.BrotliQuality);
        context.Shared[SearchManifestKey] = "/" + SearchFolder + export.ManifestFile;
        context.Shared[SearchManifestJsonKey] = ScriptJson(files.First(f => f.Name == export.ManifestFile).Bytes);
        if (warm is not null && context.Output is { } output)
        {
            // Files it wrote last time with the same bytes are linked unread (WrittenFiles), changed ones written unread.
            var written = new Document[files.Count];
            Parallel.For(0, files.Count, Stoppable(context), i => written[i] = warm.WrittenFiles.Write(output, context.Settings.OutputDirectory,
                new Document(SearchFolder + files[i].Name, files[i].Bytes)));
            return written;
        }
        return files.Select(f =>
        {
            var document = new Document(SearchFolder + f.Name, f.Bytes);
            return exports.TookFromLastOutput(f.Name) ? WriteSameAsPrevious(context, document) : document;
        }).ToList();
    }

    /// <summary>JSON text that can stand inside a script element: <c>&lt;</c> only occurs in its strings, where
    /// <c>\u003c</c> means the same, so no <c>&lt;/script</c> or <c>&lt;!--</c> can end or change the element.</summary>
    private static string ScriptJson(byte[] json) => System.Text.Encoding.UTF8.GetString(json).Replace("<", "\\u003c", StringComparison.Ordinal);

    private static IReadOnlyList<Document> StageSavedIndex(BuildContext context)
    {
        // No new index: the export was reused whole, and so is the saved index built with it.
        if (!context.Shared.TryGetValue(SearchIndexStagingKey, out var staging)) return [];
        ((Task)staging).GetAwaiter().GetResult();
        context.Shared[SearchIndexStagedKey] = true;
        return [];
    }

    /// <summary>Writes a document whose bytes are known to be the last output's file (the engine would read that file
    /// again to compare); without an output it stays as it is.</summary>
    private static Document WriteSameAsPrevious(BuildContext context, Document document)
    {
        if (context.Output is null) return document;
        context.Output.Write(document, sameAsPrevious: true);
        return document.AsWritten();
    }

    private static IReadOnlyList<Document> OpenData(BuildContext context, GuidePageInputs? guideInputs, WarmCaches? warm)
    {
        var files = OpenDataExporter.Files(context.Site, warm is null ? null
            : p => warm.OpenData.Get(p.Id, guideInputs?.GuideKey(p.Id), () => GuideOpenData.Of(p, context.Site)), warm?.JoinedFiles);
        context.Shared[OpenDataFilesKey] = files;
        context.CancellationToken.ThrowIfCancellationRequested();
        var documents = OpenDataExporter.Export(context.Site, files);
        context.CancellationToken.ThrowIfCancellationRequested();
        if (warm is null || context.Output is not { } output) return documents;
        var written = new Document[documents.Count];
        Parallel.For(0, documents.Count, Stoppable(context), i => written[i] = warm.WrittenFiles.Write(output, context.Settings.OutputDirectory, documents[i]));
        return written;
    }

    /// <summary>A loop over thousands of files that a newer save stops (preview): a stopped build is not published, and
    /// every core it still held slowed the page the editor was waiting for (Search and OpenData went on for up to 0.4 s
    /// after the stop was asked for, at 10,000 guides).</summary>
    private static ParallelOptions Stoppable(BuildContext context) => new() { CancellationToken = context.CancellationToken };

    private static IReadOnlyList<Document> RenderPages(BuildContext context, Theme theme, RenderOptions options,
        Func<PlannedPage, bool> include, PageCache pages, GuidePageInputs? guideInputs)
    {
        var renderer = new SiteRenderer(theme, context.Site, options);
        return renderer.Plan()
            .Where(include)
            .AsParallel().AsOrdered().WithCancellation(context.CancellationToken)
            .Select(page =>
            {
                var inputs = guideInputs?.KeyOf(page, renderer);
                var made = (inputs is null ? null : pages.TryReuseByInputs(page.OutputPath, inputs))
                    ?? RenderOrReuse(renderer, page, pages, inputs);
                if (context.Output is null) return new Document(page.OutputPath, made.ReadBytes());
                // A reused page the cache trusts unread is linked from the last output as it is.
                if (made.Bytes is null && context.Output.TryLinkPrevious(page.OutputPath))
                    return Document.Written(page.OutputPath, made.Length);
                // Thousands of pages: each is written as it is made, not after the last, and only its path and size
                // are kept. A reused page was just read and checked from the last output, so it is linked without
                // comparing its bytes again.
                var document = new Document(page.OutputPath, made.ReadBytes());
                context.Output.Write(document, sameAsPrevious: made.Reused);
                // A reused page keeps the stamp its check recorded (the link is the same file); a new one is stat'ed.
                if (!made.Reused) pages.Stamp(page.OutputPath, context.Output.Written(page.OutputPath));
                return document.AsWritten();
            })
            .ToList();
    }

    private static PageCache.MadePage RenderOrReuse(SiteRenderer renderer, PlannedPage page, PageCache pages, string? inputs)
    {
        var prepared = renderer.Prepare(page);
        return pages.GetOrRender(page.OutputPath, prepared.Key, () => System.Text.Encoding.UTF8.GetBytes(renderer.Render(prepared)), inputs);
    }

    private static IReadOnlyList<Document> SitemapDocuments(BuildContext context, PublicationHistory history, WarmCaches? warm)
    {
        var site = context.Site;
        var pages = PagePlan.For(site, history)
            .Where(p => p.Layout is not ("404" or "print" or "search" or "version"))
            .Select(p => (p.Url, p.Model is Content.Procedure procedure ? procedure.EffectiveFrom : (DateOnly?)null))
            .ToArray();
        byte[] Sitemap() => System.Text.Encoding.UTF8.GetBytes(SitemapWriter.Sitemap(site.Config.BaseUrl, pages));
        return
        [
            // Kept by the base URL too, which every line holds.
            new Document("sitemap.xml", warm is null ? Sitemap()
                : warm.JoinedFiles.Get($"sitemap.xml of {site.Config.BaseUrl}", pages, (a, b) => a == b, Sitemap)),
            Document.FromText("robots.txt", SitemapWriter.Robots(site.Config.BaseUrl)),
        ];
    }
}
