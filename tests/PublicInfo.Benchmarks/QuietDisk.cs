namespace PublicInfo.Benchmarks;

/// <summary>
/// Deletions, and the wait after them before anything is timed. This machine's ext4 has no journal, and without one
/// ext4 will not reuse an inode freed in the last minute: each new file then scans past every recently freed inode
/// of its block group. A build that writes 33,000 files right after 33,000 were deleted spends 10–25 s more system
/// time than the same build a minute later (measured: 30,000 empty files take 1 s, or 11 s just after a deletion).
/// Every tool is timed on a settled disk, so the comparison measures the tools, not the order they ran in.
/// </summary>
public static class QuietDisk
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(61);

    // Unknown deletions may precede this process (an earlier run's outputs), so the first settle waits in full.
    private static DateTime _lastDeletion = DateTime.UtcNow;

    /// <summary>Deletes <paramref name="folder"/> and everything in it, if it exists.</summary>
    public static void Delete(string folder)
    {
        if (!Directory.Exists(folder)) return;
        Directory.Delete(folder, recursive: true);
        _lastDeletion = DateTime.UtcNow;
    }

    /// <summary>Writes dirty pages out (sync) and waits until the last deletion is a minute old.</summary>
    public static void Settle(TextWriter log)
    {
        Sync();
        var wait = _lastDeletion + Window - DateTime.UtcNow;
        if (wait <= TimeSpan.Zero) return;
        log.WriteLine($"  (waiting {wait.TotalSeconds:0} s for the disk to settle after deleting files)");
        Thread.Sleep(wait);
    }

    private static void Sync()
    {
        try
        {
            using var sync = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("sync") { UseShellExecute = false });
            sync?.WaitForExit();
        }
        catch (System.ComponentModel.Win32Exception) { }
    }
}
