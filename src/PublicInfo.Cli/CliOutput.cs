namespace PublicInfo.Cli;

/// <summary>Where a command writes: results to Out, progress and problems to Error.</summary>
public sealed record CliOutput(TextWriter Out, TextWriter Error);
