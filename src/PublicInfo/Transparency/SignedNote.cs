using System.Text;

namespace PublicInfo.Transparency;

/// <summary>C2SP signed-note: text, a blank line, and signature lines <c>— name base64(keyid||signature)</c>.</summary>
public static class SignedNote
{
    private const string Dash = "\u2014 ";

    public static string Sign(string text, NoteSigner signer)
    {
        if (!text.EndsWith('\n') || text.Contains("\n\n", StringComparison.Ordinal))
            throw new ArgumentException("note text must end with a newline and contain no blank line", nameof(text));
        var signature = signer.Sign(Encoding.UTF8.GetBytes(text));
        var blob = new byte[4 + signature.Length];
        blob[0] = (byte)(signer.KeyId >> 24);
        blob[1] = (byte)(signer.KeyId >> 16);
        blob[2] = (byte)(signer.KeyId >> 8);
        blob[3] = (byte)signer.KeyId;
        signature.CopyTo(blob, 4);
        return $"{text}\n{Dash}{signer.Name} {Convert.ToBase64String(blob)}\n";
    }

    /// <summary>Returns the note's text when <paramref name="verifier"/>'s key signed it; otherwise says why not.</summary>
    public static (string? Text, string? Problem) Open(string note, NoteVerifier verifier)
    {
        var split = note.LastIndexOf("\n\n", StringComparison.Ordinal);
        if (split < 0 || !note.EndsWith('\n')) return (null, "not a signed note: no blank line before the signatures");
        var text = note[..(split + 1)];
        var signatures = note[(split + 2)..].Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (signatures.Length == 0) return (null, "the note has no signature");
        var sawKeyName = false;
        foreach (var line in signatures)
        {
            if (!line.StartsWith(Dash, StringComparison.Ordinal)) return (null, $"malformed signature line '{line}'");
            var fields = line[Dash.Length..].Split(' ');
            if (fields.Length != 2) return (null, $"malformed signature line '{line}'");
            if (fields[0] != verifier.Name) continue;
            sawKeyName = true;
            byte[] blob;
            try { blob = Convert.FromBase64String(fields[1]); }
            catch (FormatException) { return (null, "a signature is not base64"); }
            if (blob.Length != 68) continue;
            var id = (uint)(blob[0] << 24 | blob[1] << 16 | blob[2] << 8 | blob[3]);
            if (id != verifier.KeyId) continue;
            return verifier.Verify(Encoding.UTF8.GetBytes(text), blob.AsSpan(4))
                ? (text, null)
                : (null, $"the signature by {verifier.Name} does not verify: the note was changed or signed by another key");
        }
        return (null, sawKeyName
            ? $"signed by a key named {verifier.Name} but not the trusted one (key id {verifier.KeyId:x8})"
            : $"no signature by the trusted key {verifier.Name}");
    }
}
