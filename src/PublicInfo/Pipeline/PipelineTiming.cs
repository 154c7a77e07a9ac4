namespace PublicInfo.Pipeline;

/// <summary>How long one pipeline took and how many documents it produced.</summary>
public sealed record PipelineTiming(string Name, TimeSpan Elapsed, int Documents);
