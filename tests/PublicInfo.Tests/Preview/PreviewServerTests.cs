using System.Net;
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

        generation = server.Reload.Generation;
        site.Replace(Guide, "category: [id-card", "category: id-card");
        await WaitForRebuild(server, generation);
        Assert.DoesNotContain("publicinfo-errors", await http.GetStringAsync("/procedures/id-card-renewal/"));

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

    private static async Task WaitForRebuild(PreviewServer server, long generation)
    {
        var done = await Task.WhenAny(server.Reload.NextAsync(generation), Task.Delay(TimeSpan.FromSeconds(20)));
        Assert.True(server.Reload.Generation > generation, "no rebuild within 20 s of the save");
    }
}
