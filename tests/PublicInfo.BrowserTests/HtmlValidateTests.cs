using System.Diagnostics;

namespace PublicInfo.BrowserTests;

/// <summary>html-validate (recommended rules, tests/.htmlvalidate.json) over every HTML file of the published sample.</summary>
[Collection(SampleSiteCollection.Name)]
public class HtmlValidateTests(SampleSite site)
{
    [Fact]
    public async Task Every_page_validates()
    {
        var cli = Path.Combine(RepoPaths.Tests, "node_modules", "html-validate", "bin", "html-validate.mjs");
        Assert.True(File.Exists(cli), $"{cli} is missing: run npm ci in tests/ (tests/run.sh does it)");
        var files = Directory.GetFiles(site.Output, "*.html", SearchOption.AllDirectories);
        Assert.True(files.Length > 100, $"only {files.Length} pages built");
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepoPaths.Tests };
        foreach (var arg in new[] { cli, "--config", Path.Combine(RepoPaths.Tests, ".htmlvalidate.json"), "--formatter", "text" }) start.ArgumentList.Add(arg);
        foreach (var file in files) start.ArgumentList.Add(file);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"html-validate found problems:\n{await output}\n{errors}");
    }
}
