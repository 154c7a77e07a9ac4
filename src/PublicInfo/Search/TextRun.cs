namespace PublicInfo.Search;

/// <summary>A maximal run of Han characters (one unit per code point) or one Latin/digit word.</summary>
/// <param name="IsHan">True for a Han run.</param>
/// <param name="Units">Han code points as strings, or the single (possibly shortened) word.</param>
/// <param name="Start">UTF-16 offset of the run in the folded (and so the original) text.</param>
public sealed record TextRun(bool IsHan, string[] Units, int Start);
