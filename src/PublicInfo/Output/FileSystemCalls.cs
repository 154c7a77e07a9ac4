using System.Runtime.InteropServices;

namespace PublicInfo.Output;

/// <summary>
/// The Linux calls .NET does not offer: whether two names are one file (stat's device and inode), who owns a file
/// (stat's uid), and swapping two folders in one step (renameat2 with RENAME_EXCHANGE). Elsewhere, or when a call is
/// missing, they answer false or null and the caller takes the slower portable way.
/// </summary>
public static class FileSystemCalls
{
    private const int AtCurrentDirectory = -100;
    private const uint RenameExchange = 2;

    // Device and inode are the first two 64-bit fields of struct stat on 64-bit Linux (x86-64 and arm64 alike).
    private static readonly bool CanStat = OperatingSystem.IsLinux() && Environment.Is64BitProcess;

    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> are names of the same file (hard links).</summary>
    public static bool SameFile(string a, string b) => Identity(a) is { } first && Identity(b) is { } second && first == second;

    /// <summary>Swaps the folders <paramref name="a"/> and <paramref name="b"/> atomically: anyone reading either path
    /// sees one whole folder or the other.</summary>
    public static bool TryExchange(string a, string b)
    {
        if (!OperatingSystem.IsLinux()) return false;
        try
        {
            return RenameAt2(AtCurrentDirectory, a, AtCurrentDirectory, b, RenameExchange) == 0;
        }
        catch (EntryPointNotFoundException)
        {
            return false; // a C library without renameat2 (before glibc 2.28)
        }
    }

    // One per thread: a build asks this for tens of thousands of files.
    [ThreadStatic] private static byte[]? _statBuffer;

    private static (ulong Device, ulong Inode)? Identity(string path) =>
        StatOf(path) is { } stat ? (BitConverter.ToUInt64(stat, 0), BitConverter.ToUInt64(stat, 8)) : null;

    /// <summary>The user id that owns <paramref name="path"/> (st_uid), where the layout of struct stat is known: x86-64
    /// and arm64 Linux; else null.</summary>
    public static uint? OwnerOf(string path)
    {
        int? offset = !CanStat ? null : RuntimeInformation.ProcessArchitecture switch
        {
            Architecture.X64 => 28,   // st_dev, st_ino, st_nlink (8 bytes each), st_mode (4), then st_uid
            Architecture.Arm64 => 24, // st_dev, st_ino (8 each), st_mode, st_nlink (4 each), then st_uid
            _ => null,
        };
        return offset is { } at && StatOf(path) is { } stat ? BitConverter.ToUInt32(stat, at) : null;
    }

    /// <summary>struct stat of <paramref name="path"/> (this thread's buffer, valid until its next call); null when it
    /// cannot be had.</summary>
    private static byte[]? StatOf(string path)
    {
        if (!CanStat) return null;
        var buffer = _statBuffer ??= new byte[256]; // struct stat is 144 bytes on x86-64, 128 on arm64
        try
        {
            return Stat(path, buffer) == 0 ? buffer : null;
        }
        catch (EntryPointNotFoundException)
        {
            return null; // a C library that exports stat only through __xstat (before glibc 2.33)
        }
    }

    // DllImport rather than LibraryImport: the generated marshalling would need unsafe code enabled.
    [DllImport("libc", EntryPoint = "stat", SetLastError = true)]
    private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [Out] byte[] buffer);

    [DllImport("libc", EntryPoint = "renameat2", SetLastError = true)]
    private static extern int RenameAt2(int oldFolder, [MarshalAs(UnmanagedType.LPUTF8Str)] string oldPath,
        int newFolder, [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath, uint flags);
}
