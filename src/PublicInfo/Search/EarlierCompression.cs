namespace PublicInfo.Search;

/// <summary>
/// The .gz and .br copies an earlier export made of a file named <paramref name="name"/> with exactly
/// <paramref name="content"/>, compressed at Brotli quality <paramref name="brotliQuality"/>; null when there are none
/// to trust. Compressing is most of an export's time, and after a one-guide edit most files are unchanged.
/// </summary>
public delegate (byte[] Gzip, byte[] Brotli)? EarlierCompression(string name, byte[] content, int brotliQuality);
