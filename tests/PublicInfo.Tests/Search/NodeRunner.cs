using System.Diagnostics;
using Xunit;

namespace PublicInfo.Tests.Search;

/// Runs Node.js; a missing node fails the test (it must never be skipped silently).
internal static class NodeRunner
{
    public static string Run(params string[] arguments)
    {
        string node = Environment.GetEnvironmentVariable("NODE") ?? "node";
        var start = new ProcessStartInfo(node)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string a in arguments) start.ArgumentList.Add(a);
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("no process");
        }
        catch (Exception e)
        {
            Assert.Fail($"The search parity test needs Node.js 18 or later on PATH (or NODE=/path/to/node): {e.Message}");
            throw;
        }
        using (process)
        {
            Task<string> stdout = process.StandardOutput.ReadToEndAsync();
            Task<string> stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(120_000))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail("node did not finish within 120 s");
            }
            if (process.ExitCode != 0) Assert.Fail($"node exited with {process.ExitCode}: {stderr.Result}");
            return stdout.Result;
        }
    }
}
