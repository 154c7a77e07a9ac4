using Org.BouncyCastle.Crypto.Prng;
using Org.BouncyCastle.Security;
using PublicInfo.Pipeline;
using PublicInfo.Publishing;
using PublicInfo.Tests.Support;
using PublicInfo.Transparency;

namespace PublicInfo.Tests.Publishing;

/// <summary>Publish the fixture twice with an edit between, verify the result, then tamper with it in every way an
/// auditor worries about and check that verify names each one.</summary>
public class PublishAndVerifyTests
{
    private const string Guide = "input/procedures/id-card/id-card-renewal.md";
    private static readonly DateOnly Day1 = new(2026, 11, 25);
    private static readonly DateOnly Day2 = new(2026, 12, 2);

    private static (NoteSigner Signer, NoteVerifier Verifier, string PublicKey) Key(int seed)
    {
        var generator = new DigestRandomGenerator(new Org.BouncyCastle.Crypto.Digests.Sha256Digest());
        generator.AddSeedMaterial(seed);
        var (privateKey, publicKey) = KeyGenerator.Generate("ga.test.invalid/publicinfo", new SecureRandom(generator));
        return (NoteSigner.Parse(privateKey), NoteVerifier.Parse(publicKey), publicKey);
    }

    /// <summary>A site published on day 1, edited with a change note and published again on day 2; returns the first checkpoint.</summary>
    private static string PublishTwice(TempSite site, NoteSigner signer)
    {
        var first = Publisher.Publish(new BuildSettings(site.Root, site.Output, Day1), signer, allowDirty: true);
        Assert.True(first.Succeeded, string.Join('\n', first.Diagnostics));
        Assert.Equal(2, first.Appended.Count);
        var firstCheckpoint = File.ReadAllText(site.PathOf("site/log/checkpoint"));

        site.Replace(Guide, "amount: 20,", "amount: 25,");
        site.Replace(Guide, "review_due: 2027-06-30", "review_due: 2027-06-30\nchange_note: 工本费调整为25元");
        var second = Publisher.Publish(new BuildSettings(site.Root, site.Output, Day2), signer, allowDirty: true);
        Assert.True(second.Succeeded, string.Join('\n', second.Diagnostics));
        Assert.Equal("id-card-renewal", Assert.Single(second.Appended).Id);
        return firstCheckpoint;
    }

    [Fact]
    public void Published_site_verifies_shows_history_and_serves_records_proofs_and_feeds()
    {
        using var site = TempSite.CopyOf(RepoPaths.Fixture("minimal"));
        var (signer, verifier, _) = Key(1);
        var firstCheckpoint = PublishTwice(site, signer);

        var report = LogVerifier.Verify(site.Output, verifier, firstCheckpoint);
        Assert.True(report.Ok, string.Join('\n', report.Problems));
        Assert.Contains(report.Checked, c => c.StartsWith("consistency with the trusted checkpoint of size 2"));

        Assert.True(File.Exists(Path.Combine(site.Output, "data/procedures/id-card-renewal/v2.json")));
        Assert.True(File.Exists(Path.Combine(site.Output, "data/procedures/id-card-renewal/v1.tlog-proof")));
        Assert.True(File.Exists(Path.Combine(site.Output, "procedures/id-card-renewal/v1/index.html")));
        var page = File.ReadAllText(Path.Combine(site.Output, "procedures/id-card-renewal/index.html"));
        Assert.Contains("首次发布 2026年11月25日，最近更新 2026年12月2日，共 2 个版本", page);
        Assert.Contains("收费“居民身份证工本费”的金额：20 → 25", page);
        Assert.Contains("工本费调整为25元", File.ReadAllText(Path.Combine(site.Output, "changes/feed.xml")));
        Assert.Contains("不是现行版本", File.ReadAllText(Path.Combine(site.Output, "procedures/id-card-renewal/v1/index.html")));
    }

    [Fact]
    public void Publishing_with_nothing_changed_appends_nothing()
    {
        using var site = TempSite.CopyOf(RepoPaths.Fixture("minimal"));
        var (signer, _, _) = Key(1);
        PublishTwice(site, signer);
        var before = File.ReadAllText(site.PathOf("site/log/checkpoint"));
        var again = Publisher.Publish(new BuildSettings(site.Root, site.Output, Day2.AddDays(1)), signer, allowDirty: true);
        Assert.True(again.Succeeded);
        Assert.Empty(again.Appended);
        Assert.Equal(before, File.ReadAllText(site.PathOf("site/log/checkpoint")));
    }

    [Fact]
    public void A_substantive_edit_without_a_change_note_is_refused_and_the_log_is_untouched()
    {
        using var site = TempSite.CopyOf(RepoPaths.Fixture("minimal"));
        var (signer, _, _) = Key(1);
        Assert.True(Publisher.Publish(new BuildSettings(site.Root, site.Output, Day1), signer, allowDirty: true).Succeeded);
        var checkpoint = File.ReadAllText(site.PathOf("site/log/checkpoint"));
        site.Replace(Guide, "document: household-register", "document: photo-receipt");

        var result = Publisher.Publish(new BuildSettings(site.Root, site.Output, Day2), signer, allowDirty: true);
        Assert.False(result.Succeeded);
        var problem = Assert.Single(result.Diagnostics, d => d.RuleId == "PI3001");
        Assert.Contains("materials", problem.Message);
        Assert.Equal(checkpoint, File.ReadAllText(site.PathOf("site/log/checkpoint")));
    }

    [Fact]
    public void A_dirty_git_working_tree_is_refused_unless_allowed()
    {
        using var site = TempSite.CopyOf(RepoPaths.Fixture("minimal"));
        var (signer, _, _) = Key(1);
        LibGit2Sharp.Repository.Init(site.Root);
        var result = Publisher.Publish(new BuildSettings(site.Root, site.Output, Day1), signer, allowDirty: false);
        Assert.False(result.Succeeded);
        Assert.Equal("PI3003", Assert.Single(result.Diagnostics).RuleId);
    }

    public static TheoryData<string, string> Tampering => new()
    {
        { "record-edited", "data/procedures/id-card-renewal/v1.json differs from log entry" },
        { "entry-removed", "is missing from the site" },
        { "history-forked", "the history was rewritten" },
        { "resigned-with-other-key", "not the trusted one" },
        { "tile-truncated", "tile/0/000.p/3" },
        { "record-not-in-log", "is served but is not in the log" },
        { "checkpoint-root-changed", "does not verify" },
    };

    [Theory]
    [MemberData(nameof(Tampering))]
    public void Verify_names_each_kind_of_tampering(string tampering, string expected)
    {
        using var site = TempSite.CopyOf(RepoPaths.Fixture("minimal"));
        var (signer, verifier, _) = Key(1);
        var trusted = PublishTwice(site, signer);
        var output = site.Output;
        switch (tampering)
        {
            case "record-edited":
                var record = Path.Combine(output, "data/procedures/id-card-renewal/v1.json");
                File.WriteAllText(record, File.ReadAllText(record).Replace("\"amount\":20", "\"amount\":2"));
                break;
            case "entry-removed":
                File.Delete(Path.Combine(output, "data/procedures/passport-first-issue/v1.json"));
                break;
            case "history-forked":
                // Another history of the same length, signed with the real key: what a split view would hand one auditor.
                var other = PublicationLog.Open(Path.Combine(Path.GetTempPath(), "fork-" + Guid.NewGuid().ToString("N")));
                other.Append([.. PublicationLog.Open(Path.Combine(output, "log")).Entries.Take(1), "{\"id\":\"x\",\"version\":1}"u8.ToArray()], signer, "ga.test.invalid/publicinfo");
                trusted = other.SignedCheckpoint!;
                break;
            case "resigned-with-other-key":
                var (otherSigner, _, _) = Key(2);
                var checkpointFile = Path.Combine(output, "log/checkpoint");
                File.WriteAllText(checkpointFile, SignedNote.Sign(PublicationLog.NoteText(File.ReadAllText(checkpointFile)), otherSigner));
                break;
            case "tile-truncated":
                var tile = Path.Combine(output, "log/tile/0/000.p/3");
                File.WriteAllBytes(tile, File.ReadAllBytes(tile)[..40]);
                break;
            case "record-not-in-log":
                File.WriteAllText(Path.Combine(output, "data/procedures/id-card-renewal/v3.json"), "{}");
                break;
            case "checkpoint-root-changed":
                var cp = Path.Combine(output, "log/checkpoint");
                var lines = File.ReadAllText(cp).Split('\n');
                lines[2] = Convert.ToBase64String(new byte[32]);
                File.WriteAllText(cp, string.Join('\n', lines));
                break;
        }

        var report = LogVerifier.Verify(output, verifier, trusted);
        Assert.False(report.Ok);
        Assert.Contains(report.Problems, p => p.Contains(expected));
    }

    [Fact]
    public void Cli_keygen_publish_verify_round_trip()
    {
        using var site = TempSite.CopyOf(RepoPaths.Fixture("minimal"));
        var keyFile = site.PathOf("signing.key");
        var (code, publicKey, _) = CliRunner.Run("keygen", "ga.test.invalid/publicinfo", "--out", keyFile);
        Assert.Equal(0, code);
        site.Replace("site/site.yml", "public_key: \"\"", $"public_key: \"{publicKey.Trim()}\"");

        var (published, stdout, stderr) = CliRunner.Run("publish", "--root", site.Root, "--key", keyFile, "--now", "2026-11-25", "--allow-dirty");
        Assert.True(published == 0, stderr);
        Assert.Contains("logged passport-first-issue v1", stdout);

        var (verified, report, _) = CliRunner.Run("verify", site.Output, "--public-key", publicKey.Trim());
        Assert.True(verified == 0, report);
        Assert.Contains("verified", report);
        Assert.Equal(0, CliRunner.Run("verify", site.Output).Code); // with the key the site publishes

        File.WriteAllText(Path.Combine(site.Output, "data/procedures/passport-first-issue/v1.json"), "{}");
        var (failed, failure, _) = CliRunner.Run("verify", site.Output, "--public-key", publicKey.Trim());
        Assert.Equal(1, failed);
        Assert.Contains("FAIL: data/procedures/passport-first-issue/v1.json differs from log entry", failure);
    }
}
