using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Security;

namespace PublicInfo.Transparency;

/// <summary>Creates a new Ed25519 note key pair as strings that move between tools (C2SP signed-note, Go's sumdb/note).</summary>
public static class KeyGenerator
{
    public static (string PrivateKey, string PublicKey) Generate(string name, SecureRandom? random = null)
    {
        if (!NoteKey.IsValidName(name)) throw new ArgumentException($"bad key name '{name}': no spaces or '+'", nameof(name));
        var key = new Ed25519PrivateKeyParameters(random ?? new SecureRandom());
        var publicKey = key.GeneratePublicKey().GetEncoded();
        var id = NoteKey.KeyId(name, publicKey);
        var privateKey = $"PRIVATE+KEY+{name}+{id:x8}+{Convert.ToBase64String([NoteKey.Ed25519Type, .. key.GetEncoded()])}";
        var verifierKey = $"{name}+{id:x8}+{Convert.ToBase64String([NoteKey.Ed25519Type, .. publicKey])}";
        return (privateKey, verifierKey);
    }
}
