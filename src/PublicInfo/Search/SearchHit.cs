namespace PublicInfo.Search;

/// <summary>One ranked result.</summary>
/// <param name="Doc">Document number (the tie-breaker: lower first).</param>
/// <param name="Id">Guide id.</param>
/// <param name="Title">Guide title.</param>
/// <param name="Url">Guide URL.</param>
/// <param name="Score">Sum of the matched terms' BM25 impacts, in single precision as in the browser.</param>
public sealed record SearchHit(int Doc, string Id, string Title, string Url, float Score);
