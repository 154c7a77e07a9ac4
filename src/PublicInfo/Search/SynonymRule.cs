namespace PublicInfo.Search;

/// <summary>
/// One synonyms line, folded: when a query contains any <see cref="From"/> phrase, each <see cref="To"/>
/// phrase yields one more query variant with that phrase put in its place.
/// An equivalence line (<c>a, b, c</c>) has the same phrases on both sides; a line that drops its phrases
/// (<c>a, b =&gt; ""</c>) has the empty phrase as its only <see cref="To"/>.
/// </summary>
public sealed record SynonymRule(IReadOnlyList<string> From, IReadOnlyList<string> To)
{
    /// <summary>The line drops its phrases (<c>a, b =&gt; ""</c>): they are question words, searched as nothing.</summary>
    public bool Drops => To is [""];
}
