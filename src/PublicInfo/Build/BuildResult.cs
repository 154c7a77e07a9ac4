using PublicInfo.Content;
using PublicInfo.Pipeline;

namespace PublicInfo.Build;

/// <summary>What a build did: its diagnostics, and when it succeeded, the pipelines' timings and the number of files written.</summary>
public sealed record BuildResult(bool Succeeded, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<PipelineTiming> Timings,
    TimeSpan Elapsed, int FileCount, bool UpToDate = false);
