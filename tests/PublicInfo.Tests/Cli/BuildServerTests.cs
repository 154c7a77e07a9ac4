using System.Diagnostics;
using System.Text.RegularExpressions;
using PublicInfo.Tests.Support;

namespace PublicInfo.Tests.Cli;

/// <summary>
/// <c>publicinfo build</c> as an editor runs it: a real process, which hands the build to the site's build server
/// (starting it the first time) so that the next build finds the site already in memory. Each test has its own socket
/// folder (XDG_RUNTIME_DIR), so no server of the developer's or of another test answers.
/// </summary>
public sealed partial class BuildServerTests : IDisposable
{
    private const string Now = "2026-11-25";
    private const string Guide = "input/procedures/exit-entry/passport-renewal.md";

    private readonly TempSite _site = TempSite.ShippedSample();
    private readonly string _sockets = Path.Combine(Path.GetTempPath(), "publicinfo-sockets-" + Guid.NewGuid().ToString("N")[..8]);

    public BuildServerTests() => Directory.CreateDirectory(_sockets);

    [Fact]
    public void The_second_build_is_served_by_the_server_the_first_started_and_equals_a_build_in_one_process()
    {
        var first = Publicinfo("build", "--root", _site.Root, "--now", Now);
        Assert.True(first.Code == 0, first.Stderr);
        var server = ServedBy(first.Stderr);
        Assert.Equal(1, server.Build);

        _site.Replace(Guide, "effective_from: 2019-07-01", "effective_from: 2019-08-01");
        var second = Publicinfo("build", "--root", _site.Root, "--now", Now);

        Assert.True(second.Code == 0, second.Stderr);
        Assert.Equal((server.Pid, 2), ServedBy(second.Stderr));
        Assert.Contains("pages rendered", second.Stdout);
        var alone = Path.Combine(_site.Root, "alone");
        var clean = Publicinfo("build", "--root", _site.Root, "--output", alone, "--now", Now, "--clean", "--no-server");
        Assert.True(clean.Code == 0, clean.Stderr);
        Assert.DoesNotContain("build server", clean.Stderr);
        Assert.Equal(OutputTree.Hashes(alone), OutputTree.Hashes(_site.Output));

        var stop = Publicinfo("build-server", "--stop", "--root", _site.Root);
        Assert.Equal("build server stopped", stop.Stdout.Trim());
        Assert.True(Exited(server.Pid), $"server {server.Pid} still runs after --stop");
        Assert.Empty(Directory.GetFiles(_sockets, "*", SearchOption.AllDirectories).Where(f => f.EndsWith(".sock")));
        // The caches the server held back were saved before it answered: a build in a process of its own has nothing to do.
        var after = Publicinfo("build", "--root", _site.Root, "--now", Now, "--no-server");
        Assert.True(after.Code == 0, after.Stderr);
        Assert.Contains("up to date", after.Stdout);
    }

    [Fact]
    public void Content_errors_come_back_from_the_server_with_their_place_and_a_failing_exit_code()
    {
        Assert.Equal(0, Publicinfo("build", "--root", _site.Root, "--now", Now).Code);
        var before = OutputTree.Hashes(_site.Output);
        _site.Replace(Guide, "effective_from: 2019-07-01", "effective_from: [2019");

        var broken = Publicinfo("build", "--root", _site.Root, "--now", Now);

        Assert.Equal(1, broken.Code);
        Assert.Contains("passport-renewal.md:", broken.Stderr);
        Assert.Contains("previous output is unchanged", broken.Stderr);
        Assert.Equal(2, ServedBy(broken.Stderr).Build);
        Assert.Equal(before, OutputTree.Hashes(_site.Output));
    }

    [Fact]
    public void The_server_runs_its_collector_without_dynamic_adaptation_unless_the_user_chose()
    {
        Assert.Equal(0, Publicinfo("build", "--root", _site.Root, "--now", Now).Code);
        Assert.Contains("server GC, DATAS 0", ServerLog());
        Assert.Equal(0, Publicinfo("build-server", "--stop", "--root", _site.Root).Code);

        Assert.Equal(0, Publicinfo(["build", "--root", _site.Root, "--now", Now], ("DOTNET_GCDynamicAdaptationMode", "1")).Code);
        Assert.Contains("server GC, DATAS 1", ServerLog());
    }

    /// <summary>The log of the site's server (the one server these tests start at a time).</summary>
    private string ServerLog()
    {
        var log = Assert.Single(Directory.GetFiles(_sockets, "*.log", SearchOption.AllDirectories));
        using var reader = new StreamReader(new FileStream(log, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete));
        return reader.ReadToEnd();
    }

    [Fact]
    public void No_server_starts_when_the_editor_or_the_environment_says_so()
    {
        Assert.Equal(0, Publicinfo("build", "--root", _site.Root, "--now", Now, "--no-server").Code);
        var off = Publicinfo(["build", "--root", _site.Root, "--now", Now], ("PUBLICINFO_BUILD_SERVER", "off"));
        Assert.Equal(0, off.Code);
        Assert.DoesNotContain("build server", off.Stderr);
        Assert.Empty(Directory.GetFiles(_sockets, "*.sock", SearchOption.AllDirectories));
        Assert.Equal("no build server runs for this site", Publicinfo("build-server", "--stop", "--root", _site.Root).Stdout.Trim());
    }

    [Fact]
    public void A_socket_folder_other_users_may_enter_is_not_used()
    {
        var folder = Path.Combine(_sockets, "publicinfo-" + Environment.UserName);
        Directory.CreateDirectory(folder);
        File.SetUnixFileMode(folder, (UnixFileMode)0b111_111_111); // as another user could have made it, in /tmp

        var build = Publicinfo("build", "--root", _site.Root, "--now", Now);

        Assert.True(build.Code == 0, build.Stderr);
        Assert.Contains("may be entered by other users", build.Stderr);
        Assert.Contains("building in this process", build.Stderr);
        Assert.DoesNotContain("built by the build server", build.Stderr);
        Assert.Empty(Directory.GetFiles(folder));
        Assert.Equal(1, Publicinfo("build-server", "--stop", "--root", _site.Root).Code);
    }

    private (int Pid, int Build) ServedBy(string stderr)
    {
        var match = ServedLine().Match(stderr);
        Assert.True(match.Success, "not built by the build server:\n" + stderr);
        return (int.Parse(match.Groups[1].Value), int.Parse(match.Groups[2].Value));
    }

    [GeneratedRegex(@"built by the build server \(pid (\d+), its build (\d+);")]
    private static partial Regex ServedLine();

    private static bool Exited(int pid)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(10))
        {
            try
            {
                using var process = Process.GetProcessById(pid);
                if (process.HasExited) return true;
            }
            catch (ArgumentException)
            {
                return true; // no such process
            }
            Thread.Sleep(50);
        }
        return false;
    }

    private (int Code, string Stdout, string Stderr) Publicinfo(params string[] args) => Publicinfo(args, []);

    /// <summary>Runs the command line as its own process (<c>dotnet PublicInfo.Cli.dll …</c>), as an editor would.</summary>
    private (int Code, string Stdout, string Stderr) Publicinfo(string[] args, params (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "PublicInfo.Cli.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["XDG_RUNTIME_DIR"] = _sockets;
        start.Environment["PUBLICINFO_BUILD_SERVER_IDLE_SECONDS"] = "120";
        start.Environment["PUBLICINFO_BUILD_SERVER"] = "on"; // also where CI is set
        foreach (var (name, value) in environment) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "publicinfo did not finish");
        // The streams end with the command: the server it may have started and left running does not hold them open.
        Assert.True(Task.WaitAll([stdout, stderr], TimeSpan.FromSeconds(30)), "the output streams stayed open after publicinfo exited");
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    public void Dispose()
    {
        Publicinfo("build-server", "--stop", "--root", _site.Root);
        _site.Dispose();
        Directory.Delete(_sockets, recursive: true);
    }
}
