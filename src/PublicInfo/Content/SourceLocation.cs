namespace PublicInfo.Content;

/// <summary>A place in an input file, 1-based, as editors see it in their editor.</summary>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    /// <summary>The location of a whole file, used when no better position is known.</summary>
    public static SourceLocation OfFile(string file) => new(file, 1, 1);

    public override string ToString() => $"{File}:{Line}:{Column}";
}
