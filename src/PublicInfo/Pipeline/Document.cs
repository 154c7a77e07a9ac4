namespace PublicInfo.Pipeline;

/// <summary>An immutable unit of work flowing through modules: where it will be written and its bytes.</summary>
/// <remarks>As in Statiq, modules never mutate a document; they return new ones (records make that cheap).</remarks>
public sealed record Document(string Destination, ReadOnlyMemory<byte> Content)
{
    /// <summary>The size in bytes, which a written document keeps when it drops its bytes (<see cref="AsWritten"/>).</summary>
    public long Length => IsWritten ? WrittenLength : Content.Length;

    /// <summary>Already in the staged output, so the engine does not write it again and its bytes are gone.</summary>
    public bool IsWritten { get; private init; }

    private long WrittenLength { get; init; }

    /// <summary>This document once it is in the staged output: its path and size without its bytes, so that a site of
    /// 200,000 pages does not hold all of them in memory until the last one is rendered.</summary>
    public Document AsWritten() => Written(Destination, Length);

    /// <summary>A document already in the staged output, by other means than its bytes (a link to the last output).</summary>
    public static Document Written(string destination, long length) =>
        new(destination, ReadOnlyMemory<byte>.Empty) { IsWritten = true, WrittenLength = length };

    public static Document FromText(string destination, string text) =>
        new(destination, System.Text.Encoding.UTF8.GetBytes(text));
}
