namespace PublicInfo.Content;

/// <summary>法定办结时限 and 承诺办结时限.</summary>
public sealed record TimeLimit(Duration? Legal, Duration? Promised);
