using System.Security.Cryptography;
using System.Text;

namespace PublicInfo.Records;

/// <summary>Name-based UUIDs (RFC 9562 version 5, SHA-1) for exports whose standard asks for UUID ids (HSDS).</summary>
/// <remarks>The name is built from the stable slug ids (<c>service/passport-first-issue</c>), never from positions or
/// the base URL, so the same guide keeps the same UUID across builds, reorderings and a move to another host.</remarks>
public static class StableUuid
{
    /// <summary>The namespace of every PublicInfo UUID (itself a v5 UUID of "publicinfo" in the URL namespace, fixed forever).</summary>
    public static readonly Guid Namespace = Create(Guid.Parse("6ba7b811-9dad-11d1-80b4-00c04fd430c8"), "publicinfo");

    /// <summary>The UUID of a name in the PublicInfo namespace, e.g. <c>For("service", "passport-first-issue")</c>.</summary>
    public static string For(params string[] parts) => Create(Namespace, string.Join('/', parts)).ToString("D");

    /// <summary>RFC 9562 section 5.5.</summary>
    public static Guid Create(Guid ns, string name)
    {
        var nsBytes = ns.ToByteArray(bigEndian: true);
        var hash = SHA1.HashData([.. nsBytes, .. Encoding.UTF8.GetBytes(name)]);
        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
