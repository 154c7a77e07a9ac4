using System.Security.Cryptography;
using System.Text;
using PublicInfo.Build;

namespace PublicInfo.Cli.BuildServer;

/// <summary>
/// Where the build server of one site listens, and the files beside its socket. One server per tool version, site root
/// and output folder: a rebuilt tool never talks to an older server (which stops when idle), and two sites never share
/// one server's memory. The folder is the user's own (<see cref="PrivateFolder"/>), so no other user can ask for a build.
/// </summary>
/// <exception cref="UnauthorizedAccessException">The folder is not private to this user.</exception>
internal sealed record BuildServerAddress(string SocketPath, string LockPath, string LogPath)
{
    public static BuildServerAddress For(string root, string output)
    {
        var folder = Path.Combine(Environment.GetEnvironmentVariable("XDG_RUNTIME_DIR") is { Length: > 0 } runtime ? runtime : Path.GetTempPath(),
            "publicinfo-" + Environment.UserName);
        PrivateFolder.Ensure(folder);
        var identity = string.Join('\0', BuildCache.ToolId, Path.GetFullPath(root), Path.GetFullPath(output));
        // A Unix socket's path must stay under 108 bytes: a short hash names the site, not its path.
        var name = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)))[..16];
        var stem = Path.Combine(folder, name);
        return new BuildServerAddress(stem + ".sock", stem + ".lock", stem + ".log");
    }
}
