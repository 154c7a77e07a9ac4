namespace PublicInfo.Search;

/// <summary>A synonyms file line that cannot be parsed.</summary>
public sealed class SynonymFormatException(int lineNumber, string message)
    : FormatException($"synonyms line {lineNumber}: {message}")
{
    /// <summary>1-based line number of the malformed line.</summary>
    public int LineNumber { get; } = lineNumber;
}
