using Org.BouncyCastle.Crypto.Prng;
using Org.BouncyCastle.Security;
using PublicInfo.Transparency;

namespace PublicInfo.Tests.Transparency;

public class SignedNoteTests
{
    // The example of the C2SP signed-note specification (TRANSPARENCY.md).
    private const string ExampleKey = "example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k";
    private const string ExampleNote = "This is an example message.\n\n\u2014 example.com/foo Uw2QOkn8srV1yJGh2VYRlL1Tnagv1YEq6TfXppzi2ONncAlTgK7Ztg1ERYNZXsYjOBH3mFXmRKuwHjG1Yu72IneyaQM=\n";

    [Fact]
    public void The_c2sp_example_verifies_and_a_changed_text_does_not()
    {
        var verifier = NoteVerifier.Parse(ExampleKey);
        Assert.Equal(0x530d903au, verifier.KeyId);
        Assert.Equal(("This is an example message.\n", (string?)null), SignedNote.Open(ExampleNote, verifier));

        var (text, problem) = SignedNote.Open(ExampleNote.Replace("example message", "exemple message"), verifier);
        Assert.Null(text);
        Assert.Contains("does not verify", problem);
    }

    [Fact]
    public void Generated_keys_sign_and_verify_and_another_key_is_refused()
    {
        var (privateKey, publicKey) = KeyGenerator.Generate("ga.example.invalid/publicinfo", Seeded(1));
        var signer = NoteSigner.Parse(privateKey);
        Assert.Equal(publicKey, signer.VerifierKey);
        var note = SignedNote.Sign("origin\n1\nAAAA\n", signer);
        Assert.NotNull(SignedNote.Open(note, NoteVerifier.Parse(publicKey)).Text);

        var (_, otherPublic) = KeyGenerator.Generate("ga.example.invalid/publicinfo", Seeded(2));
        var (text, problem) = SignedNote.Open(note, NoteVerifier.Parse(otherPublic));
        Assert.Null(text);
        Assert.Contains("not the trusted one", problem);
    }

    [Fact]
    public void Private_keys_are_split_at_most_four_times_because_base64_may_hold_plus_signs()
    {
        for (var seed = 0; seed < 200; seed++)
        {
            var (privateKey, publicKey) = KeyGenerator.Generate("k", Seeded(seed));
            if (!privateKey.Split('+', 5)[4].Contains('+')) continue;
            Assert.Equal(publicKey, NoteSigner.Parse(privateKey).VerifierKey);
            return;
        }
        Assert.Fail("no generated key had a '+' in its base64 part");
    }

    [Theory]
    [InlineData("example.com/foo+530d903b+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k")] // wrong id
    [InlineData("example.com/foo+530d903a+AukyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k")] // wrong type byte
    [InlineData("example.com/foo+530d903a")]
    [InlineData("bad name+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k")]
    public void Malformed_public_keys_are_refused(string key)
    {
        Assert.Throws<FormatException>(() => NoteVerifier.Parse(key));
    }

    private static SecureRandom Seeded(int seed)
    {
        var generator = new DigestRandomGenerator(new Org.BouncyCastle.Crypto.Digests.Sha256Digest());
        generator.AddSeedMaterial(seed);
        return new SecureRandom(generator);
    }
}
