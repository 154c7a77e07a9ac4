namespace PublicInfo.Pipeline;

/// <summary>The inputs of a build besides content: where things are and which date it is.</summary>
/// <param name="Incremental">Reuse what the last build of this output left (unchanged pages, the no-change fast path);
/// false builds everything afresh (<c>build --clean</c>). Both give byte-identical output.</param>
public sealed record BuildSettings(string Root, string OutputDirectory, DateOnly Today, string ThemeName = "default",
    bool Incremental = true);
