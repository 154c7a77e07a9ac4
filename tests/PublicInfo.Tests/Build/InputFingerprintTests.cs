using PublicInfo.Build;
using PublicInfo.Tests.Support;

namespace PublicInfo.Tests.Build;

/// <summary>The build server fingerprints the inputs by size and time where it safely can, and by content otherwise.</summary>
public class InputFingerprintTests
{
    private const string Guide = "input/procedures/exit-entry/passport-renewal.md";

    [Fact]
    public void An_old_file_with_its_size_and_time_unchanged_is_not_read_again()
    {
        using var site = TempSite.SampleWithErrors();
        var path = site.PathOf(Guide);
        var old = DateTime.UtcNow.AddHours(-1);
        File.SetLastWriteTimeUtc(path, old);
        var known = new InputFingerprint.KnownHashes();
        var first = InputFingerprint.Compute(site.Root, known);

        // Same length, same time: trusted unread, so the (unrealistic) change goes unseen, which shows it was not read.
        var text = File.ReadAllText(path);
        File.WriteAllText(path, text.Replace("2019-07-01", "2019-08-01"));
        File.SetLastWriteTimeUtc(path, old);
        Assert.Equal(first[Guide], InputFingerprint.Compute(site.Root, known)[Guide]);

        // Any other time is a change.
        File.SetLastWriteTimeUtc(path, old.AddSeconds(1));
        Assert.NotEqual(first[Guide], InputFingerprint.Compute(site.Root, known)[Guide]);
        Assert.Equal(InputFingerprint.Compute(site.Root), InputFingerprint.Compute(site.Root, known));
    }

    [Fact]
    public void A_file_written_just_before_it_was_hashed_is_read_again_even_with_its_size_and_time_kept()
    {
        using var site = TempSite.SampleWithErrors();
        var path = site.PathOf(Guide);
        File.WriteAllText(path, File.ReadAllText(path)); // an editor's save, moments before the build
        var known = new InputFingerprint.KnownHashes();
        var first = InputFingerprint.Compute(site.Root, known);
        var time = File.GetLastWriteTimeUtc(path);

        File.WriteAllText(path, File.ReadAllText(path).Replace("2019-07-01", "2019-08-01"));
        File.SetLastWriteTimeUtc(path, time);

        Assert.NotEqual(first[Guide], InputFingerprint.Compute(site.Root, known)[Guide]);
        Assert.Equal(InputFingerprint.Compute(site.Root), InputFingerprint.Compute(site.Root, known));
    }
}
