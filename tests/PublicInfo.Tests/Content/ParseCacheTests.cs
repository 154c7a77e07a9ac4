using PublicInfo.Build;
using PublicInfo.Content;
using PublicInfo.Tests.Support;

namespace PublicInfo.Tests.Content;

/// <summary>The parse cache <c>build</c> keeps on disk: what it gives back must be what parsing the files gives.</summary>
public class ParseCacheTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);
    private const string Tool = "test-tool-1";

    private static string CachePath(TempSite site) => site.PathOf("cache/parses.bin");

    /// <summary>Checks the site with a cache loaded from disk, saves it, and returns the check and the cache.</summary>
    /// <param name="withFingerprint">Give the cache the files' hashes as <c>build</c> does (else it hashes the files).</param>
    private static (CheckResult Check, ParseCache Cache) CheckWithSavedCache(TempSite site, string tool = Tool, bool withFingerprint = true)
    {
        var cache = ParseCache.Load(CachePath(site), tool, withFingerprint ? InputFingerprint.Compute(site.Root) : null);
        var check = SiteChecker.Check(site.Root, Today, cache);
        cache.Save(CachePath(site), tool);
        return (check, cache);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Content_and_diagnostics_read_back_from_the_cache_equal_a_fresh_parse(bool withFingerprint)
    {
        using var site = TempSite.SampleWithErrors();
        var fresh = SiteChecker.Check(site.Root, Today);
        Assert.Contains(fresh.Diagnostics, d => d.Severity == Severity.Error); // the cache must replay errors too

        var (first, firstCache) = CheckWithSavedCache(site, withFingerprint: withFingerprint);
        var (second, secondCache) = CheckWithSavedCache(site, withFingerprint: withFingerprint);

        Assert.True(firstCache.Parsed > 40, $"only {firstCache.Parsed} files parsed on the first load");
        Assert.Equal(0, secondCache.Parsed);
        foreach (var check in new[] { first, second })
        {
            Assert.Equal(fresh.Diagnostics.Select(d => d.ToString()), check.Diagnostics.Select(d => d.ToString()));
            Assert.Equal(ObjectDump.Of(fresh.Content), ObjectDump.Of(check.Content));
        }
        // Positions survive too: a rule that runs on cached content points at the same line and column.
        var guide = second.Content!.ProcedureVersions.First(p => p.Id == "passport-renewal");
        var freshGuide = fresh.Content!.ProcedureVersions.First(p => p.Id == "passport-renewal");
        Assert.Equal(freshGuide.Source.At("materials[0].document"), guide.Source.At("materials[0].document"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void After_one_edit_only_that_file_is_parsed_again_and_the_edit_is_seen(bool withFingerprint)
    {
        using var site = TempSite.SampleWithErrors();
        CheckWithSavedCache(site, withFingerprint: withFingerprint);
        site.Replace("input/procedures/exit-entry/passport-renewal.md", "effective_from: 2019-07-01", "effective_from: 2019-08-01");

        var (check, cache) = CheckWithSavedCache(site, withFingerprint: withFingerprint);

        Assert.Equal(1, cache.Parsed);
        Assert.Equal(new DateOnly(2019, 8, 1),
            check.Content!.ProcedureVersions.Single(p => p.Id == "passport-renewal").EffectiveFrom);
        Assert.Equal(ObjectDump.Of(SiteChecker.Check(site.Root, Today).Content), ObjectDump.Of(check.Content));
    }

    [Fact]
    public void A_cache_carried_to_the_next_build_keeps_unchanged_parses_in_memory_and_parses_the_edited_file_again()
    {
        using var site = TempSite.SampleWithErrors();
        var first = ParseCache.Load(CachePath(site), Tool, InputFingerprint.Compute(site.Root));
        var before = SiteChecker.Check(site.Root, Today, first);
        site.Replace("input/procedures/exit-entry/passport-renewal.md", "effective_from: 2019-07-01", "effective_from: 2019-08-01");

        var next = first.Next(InputFingerprint.Compute(site.Root));
        var check = SiteChecker.Check(site.Root, Today, next);

        Assert.Equal(1, next.Parsed);
        Assert.Equal(new DateOnly(2019, 8, 1), check.Content!.ProcedureVersions.Single(p => p.Id == "passport-renewal").EffectiveFrom);
        Assert.Equal(ObjectDump.Of(SiteChecker.Check(site.Root, Today).Content), ObjectDump.Of(check.Content));
        Assert.Equal(before.Diagnostics.Select(d => d.ToString()), check.Diagnostics.Select(d => d.ToString()));
        // Unchanged guides are the very objects of the last build: taken from memory, not restored from JSON.
        var unchanged = check.Content.ProcedureVersions.First(p => p.Id != "passport-renewal");
        Assert.Same(before.Content!.ProcedureVersions.First(p => p.Source.File == unchanged.Source.File), unchanged);
        // What the next fresh process loads from disk is this build's state.
        next.Save(CachePath(site), Tool);
        var (fromDisk, fromDiskCache) = CheckWithSavedCache(site);
        Assert.Equal(0, fromDiskCache.Parsed);
        Assert.Equal(ObjectDump.Of(check.Content), ObjectDump.Of(fromDisk.Content));
    }

    [Fact]
    public void Only_a_cache_loaded_for_builds_carries_over()
    {
        Assert.Throws<InvalidOperationException>(() => new ParseCache().Next(new Dictionary<string, string>()));
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("garbage")]
    [InlineData("other tool")]
    [InlineData("result json")]
    public void A_damaged_or_foreign_cache_only_costs_parsing_everything_again(string damage)
    {
        using var site = TempSite.SampleWithErrors();
        var (_, full) = CheckWithSavedCache(site);
        var path = CachePath(site);
        var bytes = File.ReadAllBytes(path);
        var expectedParses = full.Parsed;
        if (damage == "truncated") File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
        if (damage == "garbage") File.WriteAllBytes(path, [.. bytes[..40], .. Enumerable.Repeat((byte)0xFF, 1000)]);
        if (damage == "result json")
        {
            // Whole frames, every stored result cut short: each must be parsed again, not half-restored.
            var entries = ParseCacheFile.Read(path, Tool);
            expectedParses = entries.Values.Count(e => e.Result is not null); // files that did not parse have no result to damage
            ParseCacheFile.Write(path, Tool, entries.ToDictionary(e => e.Key,
                e => e.Value with { Result = e.Value.Result is { } json ? json[..(json.Length / 2)] : (ReadOnlyMemory<byte>?)null }));
        }

        var (check, cache) = CheckWithSavedCache(site, damage == "other tool" ? "test-tool-2" : Tool);

        Assert.Equal(expectedParses, cache.Parsed);
        Assert.Equal(ObjectDump.Of(SiteChecker.Check(site.Root, Today).Content), ObjectDump.Of(check.Content));
    }
}
