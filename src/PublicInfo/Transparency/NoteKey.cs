using System.Security.Cryptography;
using System.Text;

namespace PublicInfo.Transparency;

/// <summary>The parts of a C2SP signed-note Ed25519 key string, and the key id derived from them.</summary>
internal static class NoteKey
{
    public const byte Ed25519Type = 0x01;

    /// <summary>keyid = SHA-256(name || "\n" || 0x01 || public key)[:4], read as a big-endian number.</summary>
    public static uint KeyId(string name, ReadOnlySpan<byte> publicKey)
    {
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var buffer = new byte[nameBytes.Length + 2 + publicKey.Length];
        nameBytes.CopyTo(buffer, 0);
        buffer[nameBytes.Length] = (byte)'\n';
        buffer[nameBytes.Length + 1] = Ed25519Type;
        publicKey.CopyTo(buffer.AsSpan(nameBytes.Length + 2));
        var hash = SHA256.HashData(buffer);
        return (uint)(hash[0] << 24 | hash[1] << 16 | hash[2] << 8 | hash[3]);
    }

    /// <summary>A key name is non-empty and has no spaces, plus signs or newlines (they delimit the formats).</summary>
    public static bool IsValidName(string name) =>
        name.Length > 0 && !name.Any(c => char.IsWhiteSpace(c) || c == '+');

    /// <summary>Splits <c>name+hexid+base64</c>; returns the 33-byte typed key after checking type, length and id.</summary>
    public static (string Name, uint KeyId, byte[] Key) ParseTail(string name, string hexId, string base64, string what)
    {
        if (!IsValidName(name)) throw new FormatException($"{what}: bad key name '{name}'");
        if (hexId.Length != 8 || !uint.TryParse(hexId, System.Globalization.NumberStyles.HexNumber, null, out var id))
            throw new FormatException($"{what}: the key id must be 8 hex digits");
        byte[] typed;
        try { typed = Convert.FromBase64String(base64); }
        catch (FormatException) { throw new FormatException($"{what}: the key is not base64"); }
        if (typed.Length != 33 || typed[0] != Ed25519Type) throw new FormatException($"{what}: not an Ed25519 key (type 0x01, 32 bytes)");
        return (name, id, typed[1..]);
    }
}
