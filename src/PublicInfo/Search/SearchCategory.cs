namespace PublicInfo.Search;

/// <summary>A category and the contiguous range of document numbers it holds (documents are numbered category by category).</summary>
public sealed record SearchCategory(string Id, string Name, int FirstDoc, int Count);
