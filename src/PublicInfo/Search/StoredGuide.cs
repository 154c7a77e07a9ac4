namespace PublicInfo.Search;

/// <summary>What a result shows of a guide; <see cref="Doc"/> is its Lucene document number.</summary>
public sealed record StoredGuide(int Doc, string Id, string Title, string Url, int Category, string Summary);
