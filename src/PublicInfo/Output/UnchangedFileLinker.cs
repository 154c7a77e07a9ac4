using System.Runtime.InteropServices;

namespace PublicInfo.Output;

/// <summary>
/// Puts a file of the previous output into the new one by a hard link when its bytes are unchanged. On this kind of
/// disk, creating a file and writing it costs ten times a link: after a one-guide edit almost every file is unchanged,
/// so the new site is mostly links, and the old site (kept as the next build's spare) costs no space of its own.
/// </summary>
internal static class UnchangedFileLinker
{
    /// <summary>True when <paramref name="previous"/> holds exactly <paramref name="content"/> (and could be linked).</summary>
    public static bool Holds(string previous, ReadOnlySpan<byte> content)
    {
        if (OperatingSystem.IsWindows()) return false;
        var info = new FileInfo(previous);
        return info.Exists && info.Length == content.Length && content.SequenceEqual(File.ReadAllBytes(previous));
    }

    /// <summary>Links <paramref name="previous"/> as <paramref name="target"/>, for a caller that has already checked its bytes.</summary>
    public static bool TryLink(string previous, string target) =>
        // A failed link (another file system, no permission) just means the file is written instead.
        !OperatingSystem.IsWindows() && Link(previous, target) == 0;

    // DllImport rather than LibraryImport: the generated marshalling would need unsafe code enabled for one call.
    [DllImport("libc", EntryPoint = "link", SetLastError = true)]
    private static extern int Link([MarshalAs(UnmanagedType.LPUTF8Str)] string existing, [MarshalAs(UnmanagedType.LPUTF8Str)] string created);
}
