using PublicInfo.Content;
using PublicInfo.Pipeline;

namespace PublicInfo.Build;

/// <summary>What a build did: its diagnostics, and when it succeeded, the pipelines' timings and the number of files written.</summary>
public sealed record BuildResult(bool Succeeded, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<PipelineTiming> Timings,
    TimeSpan Elapsed, int FileCount, bool UpToDate = false)
{
    /// <summary>Pages rendered by this build.</summary>
    public int PagesRendered { get; init; }

    /// <summary>Pages whose inputs and templates were unchanged, copied from the last build's output.</summary>
    public int PagesReused { get; init; }

    /// <summary>Nothing search reads had changed: the search export and index came from the last build.</summary>
    public bool SearchExportReused { get; init; }

    /// <summary>Search export files whose bytes were unchanged, so their .gz and .br copies came from the last build.</summary>
    public int SearchCompressionsReused { get; init; }
}
