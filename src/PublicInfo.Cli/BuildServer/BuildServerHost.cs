using System.Diagnostics;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Text;
using PublicInfo.Build;
using PublicInfo.Cli.Commands;
using PublicInfo.Pipeline;

namespace PublicInfo.Cli.BuildServer;

/// <summary>
/// The build server of one site: a process that stays after a build and runs the next ones, with its code compiled and
/// the site in memory (<see cref="WarmCaches"/>: parses, input hashes, each guide's search document and open data, the
/// search export's term fragments). A fresh process spends most of a one-guide build's time making these again for
/// every guide (reading 66 MB of caches back, restoring 10,000 guides, computing every term's impacts, compiling).
/// Builds run one at a time; a build whose client goes away (Ctrl+C) is stopped and publishes nothing. The server
/// exits after <see cref="BuildServerLauncher.IdleTimeout"/> without a build, on a stop request, or after any error of
/// its own (the next build then starts a fresh one).
/// </summary>
internal static partial class BuildServerHost
{
    private static readonly TimeSpan LockWait = TimeSpan.FromSeconds(2);

    /// <summary>How long without a build before the caches the builds held back are written to disk (for a later
    /// process): an editor's builds a second apart do not wait for them, and they are written while the editor looks.</summary>
    private static readonly TimeSpan SaveDelay = TimeSpan.FromSeconds(3);

    public static int Run(string root, string output, TimeSpan idle)
    {
        LeaveTerminalSession();
        var address = BuildServerAddress.For(root, output);
        using var held = TryLock(address.LockPath);
        if (held is null) return ExitCodes.Success; // another server for this site started first; it answers
        using var file = new StreamWriter(address.LogPath, append: false, new UTF8Encoding(false)) { AutoFlush = true };
        var log = TextWriter.Synchronized(file);
        // The streams it was started with are closed: anything written to the console goes to the log instead.
        Console.SetOut(log);
        Console.SetError(log);
        // The lock is ours, so a socket file here is a dead server's.
        File.Delete(address.SocketPath);
        using var listener = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        listener.Bind(new UnixDomainSocketEndPoint(address.SocketPath));
        listener.Listen(16);
        log.WriteLine($"{Now()} pid {Environment.ProcessId} serving {Path.GetFullPath(root)} -> {Path.GetFullPath(output)}, idle limit {idle}, {GarbageCollector()}");
        var server = new Session(Path.GetFullPath(root), Path.GetFullPath(output), log);
        try
        {
            while (true)
            {
                var saving = server.HasUnsavedCaches;
                using var idleLimit = new CancellationTokenSource(saving ? SaveDelay : idle);
                Socket client;
                try
                {
                    client = listener.AcceptAsync(idleLimit.Token).AsTask().GetAwaiter().GetResult();
                }
                catch (OperationCanceledException) when (saving)
                {
                    server.SaveCaches();
                    continue;
                }
                catch (OperationCanceledException)
                {
                    log.WriteLine($"{Now()} idle for {idle}; exiting");
                    break;
                }
                using (client)
                {
                    if (!server.Serve(client)) break;
                }
            }
        }
        finally
        {
            server.SaveCaches();
            File.Delete(address.SocketPath);
        }
        return ExitCodes.Success;
    }

    /// <summary>The collector's settings as the runtime took them (the launcher turns DATAS off): "server GC, DATAS 0".</summary>
    private static string GarbageCollector()
    {
        var settings = GC.GetConfigurationVariables();
        var adaptation = settings.TryGetValue("GCDynamicAdaptationMode", out var mode) ? mode : "?";
        return $"{(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC, DATAS {adaptation}";
    }

    private static string Now() => DateTime.Now.ToString("yyyy-MM-dd HH:mm:ss.fff");

    private static FileStream? TryLock(string path)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                // FileShare.None is an exclusive advisory lock (flock) on Unix, released when the process dies.
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (clock.Elapsed < LockWait)
            {
                Thread.Sleep(50); // a server that is just exiting still holds it
            }
            catch (IOException)
            {
                return null;
            }
        }
    }

    /// <summary>Ctrl+C in the terminal that started the first build must not stop the server with it.</summary>
    private static void LeaveTerminalSession()
    {
        if (OperatingSystem.IsWindows()) return;
        try
        {
            _ = SetSid();
        }
        catch (EntryPointNotFoundException)
        {
            // Then it shares the terminal's fate; the next build starts a new server.
        }
    }

    [DllImport("libc", EntryPoint = "setsid")]
    private static extern int SetSid();

    /// <summary>One server's builds and what they keep.</summary>
    private sealed class Session(string root, string output, TextWriter log)
    {
        private readonly WarmCaches _warm = new(deferSaving: true);
        private int _builds;

        public bool HasUnsavedCaches => _warm.HasUnsavedCaches;

        /// <summary>Writes the caches the builds held back, for a later process; logs what it took and what failed.</summary>
        public void SaveCaches()
        {
            if (!_warm.HasUnsavedCaches) return;
            var clock = Stopwatch.StartNew();
            var failures = _warm.SaveCaches();
            log.WriteLine($"{Now()} caches saved in {clock.ElapsedMilliseconds} ms");
            foreach (var failure in failures) log.WriteLine($"{Now()} a cache was not saved: {failure}");
        }

        /// <summary>Answers one client; false when the server must exit.</summary>
        public bool Serve(Socket client)
        {
            using var stream = new NetworkStream(client, ownsSocket: false);
            using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
            using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
            var request = BuildRequest.ReadFrom(reader);
            if (request is null) return true;
            if (request.Stop)
            {
                log.WriteLine($"{Now()} stop requested; exiting");
                SaveCaches(); // before answering: whoever stopped the server may build in its own process next
                TryReply(writer, new BuildReply(ExitCodes.Success, "", ""));
                return false;
            }
            if (request.Root != root || request.Output != output || !DateOnly.TryParseExact(request.Today, "yyyy-MM-dd", out var today))
            {
                TryReply(writer, new BuildReply(ExitCodes.Usage, "", $"publicinfo: this build server builds {root} into {output} only\n"));
                return true;
            }
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            using var clientGone = new HangUpWatch(client);
            int code;
            var clock = Stopwatch.StartNew();
            var paused = GC.GetTotalPauseDuration();
            var collections = GC.CollectionCount(2);
            try
            {
                code = BuildCommand.Run(new BuildSettings(root, output, today, Incremental: !request.Clean), new CliOutput(stdout, stderr), _warm,
                    clientGone.Token);
            }
            catch (OperationCanceledException)
            {
                log.WriteLine($"{Now()} build stopped: the client went away");
                return true;
            }
            catch (Exception e)
            {
                // A fault of the server's own: report it, and exit rather than build again on state it may have left.
                log.WriteLine($"{Now()} build failed inside the server: {e}");
                TryReply(writer, new BuildReply(ExitCodes.Problems, "", $"publicinfo: the build server failed: {e.Message}\n"));
                return false;
            }
            _builds++;
            log.WriteLine($"{Now()} build {_builds} ({today:yyyy-MM-dd}{(request.Clean ? ", clean" : "")}): exit {code} in {clock.ElapsedMilliseconds} ms; " +
                          $"GC paused {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:0} ms, {GC.CollectionCount(2) - collections} full collections, " +
                          $"heap {GC.GetTotalMemory(false) >> 20} MiB, process {Environment.WorkingSet >> 20} MiB");
            stderr.WriteLine($"built by the build server (pid {Environment.ProcessId}, its build {_builds}; it exits after " +
                             $"{BuildServerLauncher.IdleTimeout.TotalMinutes:0.#} min without builds; --no-server builds in this process)");
            TryReply(writer, new BuildReply(code, stdout.ToString(), stderr.ToString()));
            return true;
        }

        private void TryReply(BinaryWriter writer, BuildReply reply)
        {
            try
            {
                reply.WriteTo(writer);
            }
            catch (IOException)
            {
                log.WriteLine($"{Now()} the client went away before the reply");
            }
        }

        /// <summary>Cancels a build when its client closes its end of the connection (it sends nothing after its request).</summary>
        private sealed class HangUpWatch : IDisposable
        {
            private readonly CancellationTokenSource _gone = new();
            private readonly CancellationTokenSource _answered = new();

            public HangUpWatch(Socket client) => _ = WatchAsync(client);

            public CancellationToken Token => _gone.Token;

            private async Task WatchAsync(Socket client)
            {
                try
                {
                    if (await client.ReceiveAsync(new byte[1], SocketFlags.None, _answered.Token) == 0) _gone.Cancel();
                }
                catch (OperationCanceledException)
                {
                    // The build ended first.
                }
                catch (SocketException)
                {
                    _gone.Cancel();
                }
            }

            public void Dispose() => _answered.Cancel();
        }
    }
}
