using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;

namespace PublicInfo.Transparency;

/// <summary>Verifies C2SP signed-note signatures of one Ed25519 public key, given as <c>name+hexid+base64(0x01||key)</c>.</summary>
public sealed class NoteVerifier
{
    private readonly byte[] _publicKey;

    private NoteVerifier(string name, uint keyId, byte[] publicKey)
    {
        Name = name;
        KeyId = keyId;
        _publicKey = publicKey;
    }

    public string Name { get; }
    public uint KeyId { get; }

    public static NoteVerifier Parse(string verifierKey)
    {
        var parts = verifierKey.Trim().Split('+', 3);
        if (parts.Length != 3) throw new FormatException("a public key reads name+keyid+key");
        var (name, id, key) = NoteKey.ParseTail(parts[0], parts[1], parts[2], "public key");
        if (NoteKey.KeyId(name, key) != id) throw new FormatException("public key: the key id does not match the key");
        return new NoteVerifier(name, id, key);
    }

    public bool Verify(ReadOnlySpan<byte> message, ReadOnlySpan<byte> signature)
    {
        if (signature.Length != 64) return false;
        var signer = new Ed25519Signer();
        signer.Init(false, new Ed25519PublicKeyParameters(_publicKey, 0));
        signer.BlockUpdate(message.ToArray(), 0, message.Length);
        return signer.VerifySignature(signature.ToArray());
    }
}
