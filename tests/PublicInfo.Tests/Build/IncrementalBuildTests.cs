using System.Text.RegularExpressions;
using PublicInfo.Build;
using PublicInfo.Output;
using PublicInfo.Pipeline;
using PublicInfo.Tests.Support;

namespace PublicInfo.Tests.Build;

/// <summary>Builds that reuse unchanged pages from the last build must write exactly what a clean build writes,
/// and must render only what an edit touches.</summary>
public class IncrementalBuildTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    /// <param name="warm">Build as the build server does: one process, keeping parses, memos and term fragments
    /// from build to build (<see cref="WarmCaches"/>).</param>
    /// <param name="deferSaving">As the build server does, the caches on disk are not written between the builds.</param>
    [Theory]
    [InlineData(1, false, false)]
    [InlineData(2, false, false)]
    [InlineData(3, false, false)]
    [InlineData(4, false, false)]
    [InlineData(5, false, false)]
    [InlineData(6, true, false)]
    [InlineData(7, true, false)]
    [InlineData(8, true, true)]
    [InlineData(9, true, true)]
    public void After_random_edits_an_incremental_build_equals_a_clean_build(int seed, bool warm, bool deferSaving)
    {
        using var site = TempSite.ShippedSample();
        var random = new Random(seed);
        var incremental = new BuildSettings(site.Root, site.Output, Today);
        var caches = new WarmCaches(deferSaving);
        BuildResult Build() => warm ? SiteBuilder.Build(incremental, caches) : SiteBuilder.Build(incremental);
        Assert.True(Build().Succeeded);
        for (var round = 0; round < 3; round++)
        {
            var edits = new List<string>();
            for (var i = 0; i < 2; i++) edits.Add(Edits[random.Next(Edits.Length)](site, random));
            var result = Build();
            Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));

            var clean = Path.Combine(site.Root, $"clean-{round}");
            Assert.True(SiteBuilder.Build(incremental with { OutputDirectory = clean, Incremental = false }).Succeeded);
            var expected = OutputTree.Hashes(clean);
            var actual = OutputTree.Hashes(site.Output);
            var differing = expected.Keys.Union(actual.Keys)
                .Where(k => expected.GetValueOrDefault(k) != actual.GetValueOrDefault(k)).Take(5).ToList();
            Assert.True(differing.Count == 0, $"after {string.Join("; ", edits)}: {string.Join(", ", differing)} differ");
            Directory.Delete(clean, recursive: true);
        }
    }

    [Fact]
    public void Caches_the_build_server_holds_back_never_let_another_process_take_a_changed_output_as_up_to_date()
    {
        using var site = TempSite.ShippedSample();
        var settings = new BuildSettings(site.Root, site.Output, Today);
        var server = new WarmCaches(deferSaving: true);
        Assert.True(SiteBuilder.Build(settings, server).Succeeded);
        Assert.True(server.HasUnsavedCaches);
        Assert.Empty(server.SaveCaches());
        Assert.True(SiteBuilder.Build(settings).UpToDate, "a process that starts after the saves finds nothing to do");

        const string guide = "input/procedures/exit-entry/passport-renewal.md";
        var original = File.ReadAllText(site.PathOf(guide));
        site.Replace(guide, "effective_from: 2019-07-01", "effective_from: 2019-08-01"); // the same size
        Assert.False(SiteBuilder.Build(settings, server).UpToDate);
        Assert.True(server.HasUnsavedCaches);
        Assert.True(SiteBuilder.Build(settings, server).UpToDate, "the server knows its own last build without its saved record");

        // Back to the inputs of the record saved on disk, while the output is the edited guide's.
        File.WriteAllText(site.PathOf(guide), original);
        var other = SiteBuilder.Build(settings);
        Assert.True(other.Succeeded);
        Assert.False(other.UpToDate);
        var clean = site.PathOf("clean");
        Assert.True(SiteBuilder.Build(settings with { OutputDirectory = clean, Incremental = false }).Succeeded);
        Assert.Equal(OutputTree.Hashes(clean), OutputTree.Hashes(site.Output));

        // The server's saves come later, and do not claim the other process's output as theirs.
        Assert.Empty(server.SaveCaches());
        Assert.True(SiteBuilder.Build(settings).UpToDate);
        var next = SiteBuilder.Build(settings, server);
        Assert.True(next.UpToDate, "the server reads the record another process saved");
    }

    /// <param name="warm">As the build server builds, keeping its state from the first build (which starts with no
    /// cache at all) to the second.</param>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_body_edit_renders_the_guide_and_its_checklist_and_reuses_every_other_page(bool warm)
    {
        using var site = TempSite.ShippedSample();
        var settings = new BuildSettings(site.Root, site.Output, Today);
        var caches = new WarmCaches();
        BuildResult Build() => warm ? SiteBuilder.Build(settings, caches) : SiteBuilder.Build(settings);
        var first = Build();
        Assert.Equal(0, first.PagesReused);

        File.AppendAllText(site.PathOf("input/procedures/exit-entry/passport-renewal.md"), "\n换发时旧护照会被剪角后退还。\n");
        var second = Build();

        // The guide, its print checklist, the search page (the export's manifest name changed with the indexed body)
        // and /data/ (the guide's record and the bulk files changed size).
        Assert.Equal(4, second.PagesRendered);
        Assert.Equal(first.PagesRendered - 4, second.PagesReused);
        Assert.False(second.SearchExportReused); // the body is searched
    }

    [Fact]
    public void A_layout_edit_renders_only_the_pages_of_that_layout()
    {
        using var site = TempSite.ShippedSample();
        var settings = new BuildSettings(site.Root, site.Output, Today);
        Assert.True(SiteBuilder.Build(settings).Succeeded);

        File.AppendAllText(site.PathOf("themes/default/layouts/office.html"), "\n<!-- 办公地点 -->\n");
        var result = SiteBuilder.Build(settings);

        var offices = Directory.GetFiles(site.PathOf("input/offices"), "*.yml").Length;
        Assert.Equal(offices, result.PagesRendered);
        Assert.True(result.SearchExportReused, "a template edit changes nothing search reads");
    }

    [Fact]
    public void A_search_export_damaged_in_the_output_is_made_again_and_the_command_line_still_answers()
    {
        using var site = TempSite.ShippedSample();
        var settings = new BuildSettings(site.Root, site.Output, Today);
        Assert.True(SiteBuilder.Build(settings).Succeeded);
        var shard = Directory.GetFiles(Path.Combine(site.Output, "search"), "t0.*.json").Single();
        File.AppendAllText(shard, " ");
        File.AppendAllText(site.PathOf("themes/default/layouts/office.html"), "\n<!-- 办公地点 -->\n");

        var result = SiteBuilder.Build(settings);
        Assert.False(result.SearchExportReused);
        var clean = site.PathOf("clean");
        Assert.True(SiteBuilder.Build(settings with { OutputDirectory = clean, Incremental = false }).Succeeded);
        Assert.Equal(OutputTree.Hashes(clean)
            .Where(f => f.Key.StartsWith("search/", StringComparison.Ordinal)),
            OutputTree.Hashes(site.Output).Where(f => f.Key.StartsWith("search/", StringComparison.Ordinal)));
        using var service = PublicInfo.Search.SearchService.Open(SavedSearchIndex.PathFor(site.Root, site.Output));
        Assert.NotEmpty(service.Search("护照", 3));
    }

    [Fact]
    public void Unchanged_search_files_keep_their_compressed_copies_and_a_copy_damaged_by_hand_is_made_again()
    {
        using var site = TempSite.ShippedSample();
        var settings = new BuildSettings(site.Root, site.Output, Today);
        Assert.True(SiteBuilder.Build(settings).Succeeded);
        const string guide = "input/procedures/exit-entry/passport-renewal.md";

        // A body edit changes the term shard and the manifest, not the chunk of titles and summaries.
        File.AppendAllText(site.PathOf(guide), "\n换发时旧护照会被剪角后退还。\n");
        Assert.Equal(1, SiteBuilder.Build(settings).SearchCompressionsReused);

        var chunk = Directory.GetFiles(Path.Combine(site.Output, "search"), "d0.*.json").Single();
        File.WriteAllBytes(chunk + ".br", [1, 2, 3]);
        File.AppendAllText(site.PathOf(guide), "\n旧护照有效签证可继续使用。\n");
        Assert.Equal(0, SiteBuilder.Build(settings).SearchCompressionsReused);

        var clean = site.PathOf("clean");
        Assert.True(SiteBuilder.Build(settings with { OutputDirectory = clean, Incremental = false }).Succeeded);
        Assert.Equal(OutputTree.Hashes(clean).Where(f => f.Key.StartsWith("search/", StringComparison.Ordinal)),
            OutputTree.Hashes(site.Output).Where(f => f.Key.StartsWith("search/", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_stopped_build_publishes_nothing_and_the_next_build_completes()
    {
        using var site = TempSite.ShippedSample();
        var settings = new BuildSettings(site.Root, site.Output, Today);
        Assert.True(SiteBuilder.Build(settings).Succeeded);
        var published = OutputTree.Hashes(site.Output);
        File.AppendAllText(site.PathOf("input/procedures/exit-entry/passport-renewal.md"), "\n换发时旧护照会被剪角后退还。\n");

        using var stop = new CancellationTokenSource();
        stop.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => SiteBuilder.Build(settings, cancellation: stop.Token));

        Assert.Equal(published, OutputTree.Hashes(site.Output));
        Assert.DoesNotContain(Directory.GetDirectories(site.Root), d => Path.GetFileName(d).StartsWith(".output.new-", StringComparison.Ordinal));
        Assert.True(SiteBuilder.Build(settings).Succeeded);
        Assert.Contains("剪角后退还", File.ReadAllText(Path.Combine(site.Output, "procedures", "passport-renewal", "index.html")));
    }

    [Fact]
    public void A_stopped_content_check_stops_reading_instead_of_finishing()
    {
        using var site = TempSite.ShippedSample();
        using var stop = new CancellationTokenSource();
        stop.Cancel();
        // Preview stops the build a save made obsolete; the check is its first two seconds at 10,000 guides.
        Assert.ThrowsAny<OperationCanceledException>(() => SiteChecker.Check(site.Root, Today, cancellation: stop.Token));
        Assert.True(SiteChecker.Check(site.Root, Today).Content is not null);
    }

    [Fact]
    public void Unchanged_files_are_linked_from_the_last_output_and_changed_ones_written_anew()
    {
        using var site = TempSite.ShippedSample();
        var settings = new BuildSettings(site.Root, site.Output, Today);
        Assert.True(SiteBuilder.Build(settings).Succeeded);
        // Second names for two files of this output, made outside it; the build deletes the old output folder.
        var unchanged = HardLink(Path.Combine(site.Output, "a-z", "index.html"), site.PathOf("kept-a-z.html"));
        var edited = HardLink(Path.Combine(site.Output, "procedures", "passport-renewal", "index.html"), site.PathOf("kept-guide.html"));

        File.AppendAllText(site.PathOf("input/procedures/exit-entry/passport-renewal.md"), "\n换发时旧护照会被剪角后退还。\n");
        Assert.True(SiteBuilder.Build(settings).Succeeded);

        // Writing through the second name shows whether the new output still shares the file's data.
        File.AppendAllText(unchanged, "<!-- shared -->");
        File.AppendAllText(edited, "<!-- shared -->");
        Assert.EndsWith("<!-- shared -->", File.ReadAllText(Path.Combine(site.Output, "a-z", "index.html")));
        Assert.DoesNotContain("<!-- shared -->", File.ReadAllText(Path.Combine(site.Output, "procedures", "passport-renewal", "index.html")));
    }

    [Fact]
    public void Pages_changed_by_hand_in_the_output_are_rendered_again_even_with_their_size_or_time_kept()
    {
        using var site = TempSite.ShippedSample();
        var settings = new BuildSettings(site.Root, site.Output, Today);
        Assert.True(SiteBuilder.Build(settings).Succeeded);
        var sameSize = Path.Combine(site.Output, "procedures", "passport-renewal", "index.html");
        var sameTime = Path.Combine(site.Output, "a-z", "index.html");
        var expected = new[] { sameSize, sameTime }.ToDictionary(f => f, File.ReadAllText);

        // One page overwritten with as many bytes (its time changes), one edited with its time put back (its size changes).
        var text = File.ReadAllText(sameSize);
        File.WriteAllText(sameSize, text.Replace("<h1", "<h2"));
        Assert.Equal(new FileInfo(sameSize).Length, System.Text.Encoding.UTF8.GetByteCount(expected[sameSize]));
        var time = File.GetLastWriteTimeUtc(sameTime);
        File.AppendAllText(sameTime, "<!-- edited -->");
        File.SetLastWriteTimeUtc(sameTime, time);
        // An unrelated edit, so that the build runs (an unchanged site with an intact output is not rebuilt at all).
        File.AppendAllText(site.PathOf("input/procedures/exit-entry/passport-reissue.md"), "\n补充说明。\n");

        var result = SiteBuilder.Build(settings);

        Assert.True(result.Succeeded);
        foreach (var (file, text0) in expected) Assert.Equal(text0, File.ReadAllText(file));
        Assert.Equal(2 + 4, result.PagesRendered); // the two pages, and the edited guide, its checklist, search and /data/
    }

    [Fact]
    public void A_build_written_into_a_damaged_spare_of_the_site_before_last_still_equals_a_clean_build()
    {
        using var site = TempSite.ShippedSample();
        var settings = new BuildSettings(site.Root, site.Output, Today);
        var guide = site.PathOf("input/procedures/exit-entry/passport-renewal.md");
        Assert.True(SiteBuilder.Build(settings).Succeeded);
        File.AppendAllText(guide, "\n换发时旧护照会被剪角后退还。\n");
        Assert.True(SiteBuilder.Build(settings).Succeeded);
        var spare = StagedOutput.SpareOf(site.Output);
        Assert.True(Directory.Exists(spare), "the site before last is kept as the spare");

        // The spare damaged every way it could be: an extra file, a folder where a file was, a file where a folder was.
        File.WriteAllText(Path.Combine(spare, "extra.html"), "left over");
        var replacedPage = Path.Combine(spare, "procedures", "passport-renewal", "index.html");
        File.Delete(replacedPage);
        Directory.CreateDirectory(Path.Combine(replacedPage, "nested"));
        var replacedFolder = Path.Combine(spare, "offices");
        Directory.Delete(replacedFolder, recursive: true);
        File.WriteAllText(replacedFolder, "a file, not a folder");
        // A second name for a live page that this build changes: writing the new page must not write into it.
        var live = Path.Combine(site.Output, "procedures", "passport-renewal", "index.html");
        var kept = HardLink(live, site.PathOf("kept-guide.html"));

        File.AppendAllText(guide, "\n旧护照有效签证可继续使用。\n");
        Assert.True(SiteBuilder.Build(settings).Succeeded);

        var clean = site.PathOf("clean");
        Assert.True(SiteBuilder.Build(settings with { OutputDirectory = clean, Incremental = false }).Succeeded);
        Assert.Equal(OutputTree.Hashes(clean), OutputTree.Hashes(site.Output));
        File.AppendAllText(kept, "<!-- shared -->");
        Assert.DoesNotContain("<!-- shared -->", File.ReadAllText(live));
        Assert.False(File.Exists(Path.Combine(spare, "extra.html")), "the spare is now the last site, without the extra file");
    }

    private static string HardLink(string existing, string created)
    {
        using var ln = System.Diagnostics.Process.Start("ln", [existing, created])!;
        ln.WaitForExit();
        Assert.Equal(0, ln.ExitCode);
        return created;
    }


    private static string RandomFile(TempSite site, string folder, string pattern, Random random)
    {
        var files = Directory.GetFiles(site.PathOf(folder), pattern, SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).Contains(".20", StringComparison.Ordinal)) // not a scheduled version
            .Order(StringComparer.Ordinal).ToArray();
        return files[random.Next(files.Length)];
    }

    /// <summary>Edits an editor makes; each returns what it did, for the failure message.</summary>
    private static readonly Func<TempSite, Random, string>[] Edits =
    [
        (site, random) =>
        {
            var file = RandomFile(site, "input/procedures", "*.md", random);
            File.AppendAllText(file, $"\n补充说明 {random.Next(1000)}。\n");
            return "body of " + Path.GetFileName(file);
        },
        (site, random) => EditLine(RandomFile(site, "input/procedures", "*.md", random), "^title: (.*)$", "title: $1（新）"),
        (site, random) => EditLine(RandomFile(site, "input/procedures", "*.md", random), "^summary: (.*)$", "summary: $1另可网上预约。"),
        (site, random) => EditLine(site.PathOf("input/documents.yml"), "^  name: (.*)$", "  name: $1（原件）", random.Next(30)),
        (site, random) => EditLine(RandomFile(site, "input/offices", "*.yml", random), "^name: (.*)$", "name: $1（新址）"),
        (site, random) => EditLine(site.PathOf("site/site.yml"), "^title: (.*)$", "title: $1网上办事"),
        (site, random) =>
        {
            var file = RandomFile(site, "themes/default", "*.html", random);
            File.AppendAllText(file, $"\n<!-- edit {random.Next(1000)} -->\n");
            return "template " + Path.GetFileName(file);
        },
        (site, random) => EditLine(RandomFile(site, "input/offices", "*.yml", random), "^phone: (.*)$", $"phone: 0000-{random.Next(10_000_000, 99_999_999)}"),
        (site, random) => EditLine(site.PathOf("input/procedures/exit-entry/passport-first-issue.2027-01-01.md"),
            "^summary: (.*)$", $"summary: $1（修订{random.Next(1000)}）"),
        (site, random) =>
        {
            // A new upcoming version of a guide: its page gains the banner and the summary of what will change.
            var current = RandomFile(site, "input/procedures", "*.md", random);
            var text = Regex.Replace(File.ReadAllText(current), "^effective_from: .*$", "effective_from: 2027-03-01", RegexOptions.Multiline);
            text = Regex.Replace(text, "^summary: (.*)$", "summary: $1（新规）", RegexOptions.Multiline);
            var upcoming = Path.ChangeExtension(current, null) + ".2027-03-01.md";
            if (File.Exists(upcoming)) return "upcoming version of " + Path.GetFileName(current) + " (already there)";
            File.WriteAllText(upcoming, text);
            return "upcoming version of " + Path.GetFileName(current);
        },
        (site, random) =>
        {
            File.AppendAllText(site.PathOf("site/synonyms.txt"), $"\n办证{random.Next(1000)}, 办理证件\n");
            return "synonyms";
        },
    ];

    /// <summary>Rewrites the <paramref name="skip"/>-th line (wrapping) that matches <paramref name="pattern"/>.</summary>
    private static string EditLine(string file, string pattern, string replacement, int skip = 0)
    {
        var lines = File.ReadAllLines(file);
        var matching = Enumerable.Range(0, lines.Length).Where(i => Regex.IsMatch(lines[i], pattern)).ToList();
        var at = matching[skip % matching.Count];
        lines[at] = Regex.Replace(lines[at], pattern, replacement);
        File.WriteAllLines(file, lines);
        return $"{Path.GetFileName(file)}:{at + 1}";
    }
}
