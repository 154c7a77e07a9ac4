namespace PublicInfo.Content;

/// <summary>Opening hours for a set of days, e.g. 周一至周五 09:00–17:00.</summary>
public sealed record OpeningHours(string Days, string Open, string Close);
