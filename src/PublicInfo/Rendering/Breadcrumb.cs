namespace PublicInfo.Rendering;

/// <summary>One step of the breadcrumb trail; the last one is the current page.</summary>
public sealed record Breadcrumb(string Title, string Url);
