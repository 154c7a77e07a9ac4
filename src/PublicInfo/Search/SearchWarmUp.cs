namespace PublicInfo.Search;

/// <summary>
/// Indexes and exports one made-up guide, to have the runtime compile Lucene's indexing and scoring code and the
/// exporter's before the build needs them. A build starts it beside the content check, which leaves part of the two
/// cores idle; after a one-guide edit, compiling that code was most of re-indexing the guide's slice, on the path the
/// search page (and so the whole build) waits for.
/// </summary>
public static class SearchWarmUp
{
    /// <summary>Runs the warm-up in the background; it never fails the build.</summary>
    public static Task Start() => Task.Run(() =>
    {
        try
        {
            var guide = new SearchDocument("warm-up", "/procedures/warm-up/", "居民身份证换领", ["换身份证"], "到期前三个月内申请。",
                "id-card", "身份证", ["居民身份证"], ["年满十六周岁"], ["提交材料", "领取证件"], "身份证有效期满或者将要期满的，应当申请换领。");
            using var index = SearchIndexBuilder.Build([guide], SynonymMap.Empty);
            SearchExporter.Export(index, (_, _) => { });
        }
        catch (Exception)
        {
            // Only a head start: the build does the same work for real and reports any problem there.
        }
    });
}
