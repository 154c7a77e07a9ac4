using System.Net;
using PublicInfo.Build;
using PublicInfo.Pipeline;
using PublicInfo.Preview;
using PublicInfo.Tests.Support;

namespace PublicInfo.Tests.Preview;

/// <summary>The editor's loop: the page is served, a save rebuilds and signals open tabs, a broken file shows as an
/// overlay on the last good page, and fixing it clears the overlay.</summary>
public class PreviewServerTests
{
    private const string Guide = "input/procedures/id-card/id-card-renewal.md";

    [Fact]
    public async Task Edit_break_and_fix_a_guide_while_previewing()
    {
        using var site = TempSite.CopyOf(RepoPaths.Fixture("minimal"));
        site.Write("input/pages/办事须知.md", "---\ntitle: 办事须知\n---\n请带好证件。\n");
        await using var server = new PreviewServer(site.Root, TextWriter.Null);
        await server.StartAsync(0);
        using var http = new HttpClient { BaseAddress = new Uri(server.Address!), Timeout = TimeSpan.FromSeconds(30) };

        var page = await http.GetStringAsync("/procedures/id-card-renewal/");
        Assert.Contains("居民身份证有效期满换领", page);
        Assert.Contains(PreviewInjection.EventsPath, page);
        Assert.Contains("请带好证件", await http.GetStringAsync("/pages/" + Uri.EscapeDataString("办事须知") + "/"));

        var generation = server.Reload.Generation;
        site.Replace(Guide, "title: 居民身份证有效期满换领", "title: 身份证到期换领");
        await WaitForRebuild(server, generation);
        Assert.Contains("身份证到期换领", await http.GetStringAsync("/procedures/id-card-renewal/"));

        generation = server.Reload.Generation;
        site.Replace(Guide, "category: id-card", "category: [id-card");
        await WaitForRebuild(server, generation);
        var broken = await http.GetStringAsync("/procedures/id-card-renewal/");
        Assert.Contains("publicinfo-errors", broken);
        Assert.Contains("PI1001", broken);
        Assert.Contains("身份证到期换领", broken); // the last good page stays underneath

        site.Replace(Guide, "category: [id-card", "category: id-card");
        // A save may reach the watcher as several events (truncate, write): wait for the reload that has read it whole.
        Assert.True(await Eventually(async () => !(await http.GetStringAsync("/procedures/id-card-renewal/")).Contains("publicinfo-errors")),
            "the overlay stayed after the file was fixed");

        var missing = await http.GetAsync("/no/such/page/");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/../../etc/passwd")).StatusCode);
    }

    [Fact]
    public async Task Open_tabs_are_told_to_reload_over_server_sent_events()
    {
        using var site = TempSite.CopyOf(RepoPaths.Fixture("minimal"));
        await using var server = new PreviewServer(site.Root, TextWriter.Null);
        await server.StartAsync(0);
        using var http = new HttpClient { BaseAddress = new Uri(server.Address!), Timeout = Timeout.InfiniteTimeSpan };
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var response = await http.GetAsync(PreviewInjection.EventsPath, HttpCompletionOption.ResponseHeadersRead, cancel.Token);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cancel.Token));
        Assert.Equal(": connected", await reader.ReadLineAsync(cancel.Token));

        site.Replace(Guide, "title: 居民身份证有效期满换领", "title: 身份证到期换领");
        string? line;
        do line = await reader.ReadLineAsync(cancel.Token);
        while (line is not null && !line.StartsWith("data:", StringComparison.Ordinal));
        Assert.StartsWith("data: ", line);
    }

    [Fact]
    public async Task A_page_shown_right_after_a_save_is_the_page_a_build_writes()
    {
        using var site = TempSite.CopyOf(RepoPaths.Fixture("minimal"));
        await using var server = new PreviewServer(site.Root, TextWriter.Null);
        await server.StartAsync(0);
        using var http = new HttpClient { BaseAddress = new Uri(server.Address!), Timeout = TimeSpan.FromSeconds(30) };

        site.Replace(Guide, "身份证到期前三个月内就可以换领。", "身份证到期前三个月内就可以换领，也可以在到期后换领。");
        var shown = "";
        Assert.True(await Eventually(async () => (shown = await http.GetStringAsync("/procedures/id-card-renewal/")).Contains("也可以在到期后换领")));

        var built = Path.Combine(site.Root, "built");
        Assert.True(SiteBuilder.Build(new BuildSettings(site.Root, built, DateOnly.FromDateTime(DateTime.Now))).Succeeded);
        var expected = File.ReadAllText(Path.Combine(built, "procedures", "id-card-renewal", "index.html"));
        Assert.Contains("也可以在到期后换领", expected);
        Assert.Equal(PreviewInjection.Inject(expected, []), shown);
    }

    [Fact]
    public async Task A_cross_file_error_appears_once_the_background_build_has_checked_it()
    {
        using var site = TempSite.CopyOf(RepoPaths.Fixture("minimal"));
        await using var server = new PreviewServer(site.Root, TextWriter.Null);
        await server.StartAsync(0);
        using var http = new HttpClient { BaseAddress = new Uri(server.Address!), Timeout = TimeSpan.FromSeconds(30) };

        site.Replace(Guide, "document: household-register", "document: hukou-book");
        Assert.True(await Eventually(async () => (await http.GetStringAsync("/procedures/id-card-renewal/")).Contains("PI1102")),
            "the unknown document was not reported over the page");
    }

    private static async Task<bool> Eventually(Func<Task<bool>> condition)
    {
        for (var deadline = DateTime.UtcNow.AddSeconds(30); DateTime.UtcNow < deadline; await Task.Delay(50))
            if (await condition()) return true;
        return false;
    }

    private static async Task WaitForRebuild(PreviewServer server, long generation)
    {
        var done = await Task.WhenAny(server.Reload.NextAsync(generation), Task.Delay(TimeSpan.FromSeconds(20)));
        Assert.True(server.Reload.Generation > generation, "no rebuild within 20 s of the save");
    }
}
