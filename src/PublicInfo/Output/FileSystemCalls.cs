using System.Runtime.InteropServices;

namespace PublicInfo.Output;

/// <summary>
/// The two Linux calls .NET does not offer: whether two names are one file (stat's device and inode), and swapping two
/// folders in one step (renameat2 with RENAME_EXCHANGE). Elsewhere, or when a call is missing, both answer false and
/// the caller takes the slower portable way.
/// </summary>
internal static class FileSystemCalls
{
    private const int AtCurrentDirectory = -100;
    private const uint RenameExchange = 2;

    // Device and inode are the first two 64-bit fields of struct stat on 64-bit Linux (x86-64 and arm64 alike).
    private static readonly bool CanStat = OperatingSystem.IsLinux() && Environment.Is64BitProcess;

    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> are names of the same file (hard links).</summary>
    public static bool SameFile(string a, string b) =>
        CanStat && Identity(a) is { } first && Identity(b) is { } second && first == second;

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

    private static (ulong Device, ulong Inode)? Identity(string path)
    {
        var buffer = _statBuffer ??= new byte[256]; // struct stat is 144 bytes on x86-64, 128 on arm64
        try
        {
            if (Stat(path, buffer) != 0) return null;
        }
        catch (EntryPointNotFoundException)
        {
            return null; // a C library that exports stat only through __xstat (before glibc 2.33)
        }
        return (BitConverter.ToUInt64(buffer, 0), BitConverter.ToUInt64(buffer, 8));
    }

    // DllImport rather than LibraryImport: the generated marshalling would need unsafe code enabled.
    [DllImport("libc", EntryPoint = "stat", SetLastError = true)]
    private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [Out] byte[] buffer);

    [DllImport("libc", EntryPoint = "renameat2", SetLastError = true)]
    private static extern int RenameAt2(int oldFolder, [MarshalAs(UnmanagedType.LPUTF8Str)] string oldPath,
        int newFolder, [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath, uint flags);
}
