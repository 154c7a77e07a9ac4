using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;

namespace PublicInfo.Transparency;

/// <summary>Signs notes with an Ed25519 key read from a private key string as Go's sumdb/note writes it:
/// <c>PRIVATE+KEY+name+hexid+base64(0x01||seed)</c>.</summary>
public sealed class NoteSigner
{
    private readonly Ed25519PrivateKeyParameters _key;

    private NoteSigner(string name, uint keyId, Ed25519PrivateKeyParameters key)
    {
        Name = name;
        KeyId = keyId;
        _key = key;
    }

    public string Name { get; }
    public uint KeyId { get; }

    /// <summary>The matching public key string.</summary>
    public string VerifierKey => $"{Name}+{KeyId:x8}+{Convert.ToBase64String([NoteKey.Ed25519Type, .. _key.GeneratePublicKey().GetEncoded()])}";

    public static NoteSigner Parse(string signerKey)
    {
        // At most 5 parts: the base64 key may itself contain '+'.
        var parts = signerKey.Trim().Split('+', 5);
        if (parts.Length != 5 || parts[0] != "PRIVATE" || parts[1] != "KEY")
            throw new FormatException("a private key reads PRIVATE+KEY+name+keyid+key");
        var (name, id, seed) = NoteKey.ParseTail(parts[2], parts[3], parts[4], "private key");
        var key = new Ed25519PrivateKeyParameters(seed, 0);
        if (NoteKey.KeyId(name, key.GeneratePublicKey().GetEncoded()) != id)
            throw new FormatException("private key: the key id does not match the key");
        return new NoteSigner(name, id, key);
    }

    public byte[] Sign(ReadOnlySpan<byte> message)
    {
        var signer = new Ed25519Signer();
        signer.Init(true, _key);
        signer.BlockUpdate(message.ToArray(), 0, message.Length);
        return signer.GenerateSignature();
    }
}
