namespace PublicInfo.Pipeline;

/// <summary>The inputs of a build besides content: where things are and which date it is.</summary>
/// <param name="Root">The site's root folder (site/, input/, themes/).</param>
/// <param name="OutputDirectory">Where the built site goes; replaced whole, only when the build succeeded.</param>
/// <param name="Today">The build date (<c>--now</c>): what is current, what is upcoming, which reviews are due.</param>
/// <param name="ThemeName">The theme under themes/.</param>
/// <param name="Incremental">Reuse what the last build of this output left (unchanged pages, the no-change fast path);
/// false builds everything afresh (<c>build --clean</c>). Both give byte-identical output.</param>
public sealed record BuildSettings(string Root, string OutputDirectory, DateOnly Today, string ThemeName = "default",
    bool Incremental = true);
