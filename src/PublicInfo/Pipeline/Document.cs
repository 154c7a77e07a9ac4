namespace PublicInfo.Pipeline;

/// <summary>An immutable unit of work flowing through modules: where it will be written and its bytes.</summary>
/// <remarks>As in Statiq, modules never mutate a document; they return new ones (records make that cheap).</remarks>
public sealed record Document(string Destination, ReadOnlyMemory<byte> Content)
{
    public static Document FromText(string destination, string text) =>
        new(destination, System.Text.Encoding.UTF8.GetBytes(text));
}
