using System.Collections.Concurrent;
using PublicInfo.Content;

namespace PublicInfo.Pipeline;

/// <summary>What modules share during one build: the site, its settings, and the outputs of finished pipelines.</summary>
public sealed class BuildContext(SiteModel site, ContentSet content, BuildSettings settings, CancellationToken cancellationToken = default,
    Output.StagedOutput? output = null)
{
    private readonly ConcurrentDictionary<string, IReadOnlyList<Document>> _outputs = new(StringComparer.Ordinal);

    public SiteModel Site { get; } = site;
    public ContentSet Content { get; } = content;
    public BuildSettings Settings { get; } = settings;
    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>Where finished documents are written while the build goes on; null when nothing is written (tests).</summary>
    public Output.StagedOutput? Output { get; } = output;

    /// <summary>Results other modules may need (e.g. asset hashes); typed by key, set once.</summary>
    public ConcurrentDictionary<string, object> Shared { get; } = new(StringComparer.Ordinal);

    /// <summary>The documents of a pipeline this one depends on (the engine guarantees it has finished). When the build
    /// writes to an <see cref="Output"/>, they are already written and keep only their paths and sizes.</summary>
    public IReadOnlyList<Document> OutputsOf(string pipeline) =>
        _outputs.TryGetValue(pipeline, out var documents)
            ? documents
            : throw new InvalidOperationException($"pipeline '{pipeline}' has not run; declare it in DependsOn");

    internal void Complete(string pipeline, IReadOnlyList<Document> documents) => _outputs[pipeline] = documents;
}
