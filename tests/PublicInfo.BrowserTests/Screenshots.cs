using Microsoft.Playwright;

namespace PublicInfo.BrowserTests;

/// <summary>Full-page screenshots into tests/artifacts/ for a person to look at (not committed).</summary>
public static class Screenshots
{
    public static Task TakeAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepoPaths.Artifacts, name + ".png"), FullPage = true });
}
