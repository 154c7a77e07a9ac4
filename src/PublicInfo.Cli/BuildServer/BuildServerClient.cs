using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using PublicInfo.Pipeline;

namespace PublicInfo.Cli.BuildServer;

/// <summary>
/// Hands a build to the site's build server, starting one when none answers. Whatever goes wrong on the way (no
/// server could start, it went away mid-build) the caller builds in its own process instead: a build served or not
/// gives the same files, so the server only ever makes a build faster.
/// </summary>
internal static class BuildServerClient
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(10);

    /// <summary>The exit code of the build the server ran and reported; null when the caller must build itself.</summary>
    public static int? TryBuild(BuildSettings settings, BuildServerLauncher launcher, CliOutput io)
    {
        BuildServerAddress address;
        try
        {
            address = BuildServerAddress.For(settings.Root, settings.OutputDirectory);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            io.Error.WriteLine($"publicinfo: no build server: {e.Message}; building in this process.");
            return null;
        }
        using var socket = TryConnect(address) ?? (launcher.Start(settings.Root, settings.OutputDirectory) ? WaitForServer(address) : null);
        if (socket is null)
        {
            io.Error.WriteLine($"publicinfo: no build server answered (its log: {address.LogPath}); building in this process.");
            return null;
        }
        var request = new BuildRequest(Path.GetFullPath(settings.Root), Path.GetFullPath(settings.OutputDirectory),
            settings.Today.ToString("yyyy-MM-dd"), Clean: !settings.Incremental);
        if (Exchange(socket, request) is not { } reply)
        {
            io.Error.WriteLine($"publicinfo: the build server stopped before answering (its log: {address.LogPath}); building in this process.");
            return null;
        }
        io.Out.Write(reply.Stdout);
        io.Error.Write(reply.Stderr);
        return reply.ExitCode;
    }

    /// <summary>Asks the site's server, if one runs, to exit; true when one did.</summary>
    /// <exception cref="UnauthorizedAccessException">The socket folder is not private to this user.</exception>
    public static bool TryStop(string root, string output)
    {
        using var socket = TryConnect(BuildServerAddress.For(root, output));
        return socket is not null && Exchange(socket, new BuildRequest(Path.GetFullPath(root), Path.GetFullPath(output), "", false, Stop: true)) is not null;
    }

    private static BuildReply? Exchange(Socket socket, BuildRequest request)
    {
        try
        {
            using var stream = new NetworkStream(socket, ownsSocket: false);
            using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
            using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
            request.WriteTo(writer);
            return BuildReply.ReadFrom(reader);
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static Socket? WaitForServer(BuildServerAddress address)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < StartTimeout)
        {
            Thread.Sleep(20);
            if (TryConnect(address) is { } socket) return socket;
        }
        return null;
    }

    private static Socket? TryConnect(BuildServerAddress address)
    {
        if (!File.Exists(address.SocketPath)) return null;
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        try
        {
            socket.Connect(new UnixDomainSocketEndPoint(address.SocketPath));
            return socket;
        }
        catch (SocketException)
        {
            socket.Dispose(); // a socket file left by a server that died
            return null;
        }
    }
}
