namespace PublicInfo.Pipeline;

/// <summary>The inputs of a build besides content: where things are and which date it is.</summary>
public sealed record BuildSettings(string Root, string OutputDirectory, DateOnly Today, string ThemeName = "default");
