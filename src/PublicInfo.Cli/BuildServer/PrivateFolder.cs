using System.Runtime.InteropServices;

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
        if (OwnerOf(folder) is { } owner && owner != GetEffectiveUserId())
            throw new UnauthorizedAccessException($"{folder} belongs to another user; remove it, or set XDG_RUNTIME_DIR");
    }

    /// <summary>The folder's owner (st_uid), where the layout of struct stat is known: x86-64 and arm64 Linux.</summary>
    private static uint? OwnerOf(string path)
    {
        int? offset = !OperatingSystem.IsLinux() ? null : RuntimeInformation.ProcessArchitecture switch
        {
            Architecture.X64 => 28,   // st_dev, st_ino, st_nlink (8 bytes each), st_mode (4), then st_uid
            Architecture.Arm64 => 24, // st_dev, st_ino (8 each), st_mode, st_nlink (4 each), then st_uid
            _ => null,
        };
        if (offset is null) return null;
        var buffer = new byte[256];
        try
        {
            return Stat(path, buffer) == 0 ? BitConverter.ToUInt32(buffer, offset.Value) : null;
        }
        catch (EntryPointNotFoundException)
        {
            return null; // a C library that exports stat only through __xstat (before glibc 2.33)
        }
    }

    // DllImport rather than LibraryImport: the generated marshalling would need unsafe code enabled.
    [DllImport("libc", EntryPoint = "stat", SetLastError = true)]
    private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [Out] byte[] buffer);

    [DllImport("libc", EntryPoint = "geteuid")]
    private static extern uint GetEffectiveUserId();
}
