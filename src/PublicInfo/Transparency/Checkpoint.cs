namespace PublicInfo.Transparency;

/// <summary>A C2SP tlog-checkpoint body: <c>origin\nsize\nbase64(root)\n</c>.</summary>
public sealed record Checkpoint(string Origin, long Size, byte[] Root)
{
    public string ToText() => $"{Origin}\n{Size}\n{Convert.ToBase64String(Root)}\n";

    /// <summary>Parses a checkpoint body (the text of a signed note); extension lines after the root are allowed and ignored.</summary>
    public static Checkpoint Parse(string text)
    {
        var lines = text.Split('\n');
        if (lines.Length < 4 || lines[^1] != "") throw new FormatException("a checkpoint has an origin, a size and a root hash, each on its own line ending in a newline");
        var origin = lines[0];
        if (origin.Length == 0) throw new FormatException("the checkpoint's origin line is empty");
        if (!long.TryParse(lines[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var size)
            || size.ToString(System.Globalization.CultureInfo.InvariantCulture) != lines[1])
            throw new FormatException($"the checkpoint's size '{lines[1]}' is not a decimal number without leading zeros");
        byte[] root;
        try { root = Convert.FromBase64String(lines[2]); }
        catch (FormatException) { throw new FormatException("the checkpoint's root is not base64"); }
        if (root.Length != MerkleTree.HashSize) throw new FormatException($"the checkpoint's root has {root.Length} bytes, not 32");
        return new Checkpoint(origin, size, root);
    }
}
