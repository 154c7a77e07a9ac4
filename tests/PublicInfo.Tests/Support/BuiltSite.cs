using PublicInfo.Build;
using PublicInfo.Pipeline;

namespace PublicInfo.Tests.Support;

/// <summary>The minimal fixture built once per test run (it is immutable once built), shared by read-only tests.</summary>
public sealed class BuiltSite : IDisposable
{
    public static readonly DateOnly Today = new(2026, 11, 25);
    private readonly TempSite _site;

    public BuiltSite()
    {
        _site = TempSite.CopyOf(RepoPaths.Fixture("minimal"));
        var result = SiteBuilder.Build(new BuildSettings(_site.Root, _site.Output, Today));
        if (!result.Succeeded) throw new InvalidOperationException(string.Join('\n', result.Diagnostics));
    }

    public string Output => _site.Output;

    public string Read(string relative) => File.ReadAllText(Path.Combine(Output, relative));

    public void Dispose() => _site.Dispose();
}
