using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace PublicInfo.Search;

/// <summary>
/// Lucene's BM25 with each field's average length rounded to three significant digits. With the exact average, one
/// word added to one guide moves the average of every field it is in, hence every impact of every term, and a build
/// after a one-guide edit would write (and compress) the whole search export again. Rounded, the average stays put
/// through ordinary edits, so only the terms of the edited guide change. The ranking effect is a relative change of
/// at most 0.05% in the length normalisation, the same for every document.
/// </summary>
public sealed class SearchSimilarity : BM25Similarity
{
    /// <summary>Significant digits kept of a field's average length.</summary>
    public const int AverageLengthDigits = 3;

    /// <inheritdoc />
    protected override float AvgFieldLength(CollectionStatistics collectionStats) =>
        Round(base.AvgFieldLength(collectionStats));

    /// <summary>The average length BM25 uses for the field of <paramref name="collectionStats"/> (rounded).</summary>
    internal float AverageLength(CollectionStatistics collectionStats) => AvgFieldLength(collectionStats);

    /// <summary><paramref name="average"/> rounded to <see cref="AverageLengthDigits"/> significant digits.</summary>
    public static float Round(float average)
    {
        if (!(average > 0) || float.IsInfinity(average)) return average;
        int magnitude = (int)Math.Floor(Math.Log10(average)) + 1;
        double scale = Math.Pow(10, AverageLengthDigits - magnitude);
        return (float)(Math.Round(average * scale, MidpointRounding.AwayFromZero) / scale);
    }
}
