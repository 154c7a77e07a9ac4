using System.Runtime.InteropServices;
using PublicInfo.Output;

namespace PublicInfo.Cli.BuildServer;

/// <summary>
/// A folder only this user can enter, for the build server's socket. Made with mode 0700 when missing; one that exists
/// already (in a shared temp folder another user may have made it first, to reach this user's builds) is used only when
/// this user owns it and no one else may enter it.
/// </summary>
internal static class PrivateFolder
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <exception cref="UnauthorizedAccessException">The folder is someone else's, or others may enter it.</exception>
    public static void Ensure(string folder)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder); // under the user's own profile
            return;
        }
        Directory.CreateDirectory(folder, OwnerOnly);
        if ((File.GetUnixFileMode(folder) & ~OwnerOnly) != 0)
            throw new UnauthorizedAccessException($"{folder} may be entered by other users; remove it, or set XDG_RUNTIME_DIR");
        if (FileSystemCalls.OwnerOf(folder) is { } owner && owner != GetEffectiveUserId())
            throw new UnauthorizedAccessException($"{folder} belongs to another user; remove it, or set XDG_RUNTIME_DIR");
    }

    [DllImport("libc", EntryPoint = "geteuid")]
    private static extern uint GetEffectiveUserId();
}
