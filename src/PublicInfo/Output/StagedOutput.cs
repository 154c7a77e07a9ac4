using System.Collections.Concurrent;
using PublicInfo.Pipeline;

namespace PublicInfo.Output;

/// <summary>
/// A whole site written beside the output folder, then swapped in: readers see the old site or the new one, never
/// half of each. Files are written as soon as they exist (pages while others still render), so writing overlaps the
/// rendering instead of following it; an unfinished or failed build drops the folder and leaves the old site alone.
/// </summary>
/// <remarks>
/// The site before last is kept beside the output as a spare (<c>.output.spare</c>), and the next build is written
/// into it: after a one-guide edit nearly all of its 30,000 files are already the output's files (hard links to the
/// same data), so the build checks each one with a <c>stat</c> instead of making 20,000 folders and 30,000 links and
/// deleting as many afterwards, which cost seconds. Nothing in the spare is trusted: every file of the new site is
/// either the output's own file (same inode) or written afresh, and every other file is deleted before the swap.
/// A spare's file is never written into, only replaced, because it may be the live site's file under another name.
/// </remarks>
public sealed class StagedOutput : IDisposable
{
    private readonly string _output;
    private readonly string _staging;
    private readonly bool _hasPrevious;
    private readonly bool _reusingSpare;
    private readonly ConcurrentDictionary<string, bool> _written = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);
    private bool _committed;
    private Task? _deletingOld;
    private readonly Task<List<string>?>? _spareFiles;

    private StagedOutput(string output, string staging, bool reusingSpare)
    {
        _output = output;
        _staging = staging;
        _hasPrevious = Directory.Exists(output);
        _reusingSpare = reusingSpare;
        // What the spare holds is listed while the site is built: at commit, listing 20,000 folders was ~0.2 s of a
        // one-guide build spent after everything else. Whatever this build writes goes through Claim, so the files to
        // delete are exactly those listed now and not written since.
        if (reusingSpare) _spareFiles = Task.Run(() => SpareFiles(staging));
    }

    /// <summary>Every file under <paramref name="spare"/>; null when the listing failed (the build replaced a folder it
    /// was reading with a file), and the commit lists it again.</summary>
    private static List<string>? SpareFiles(string spare)
    {
        try
        {
            return Directory.EnumerateFiles(spare, "*", SearchOption.AllDirectories).ToList();
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>Starts a new site for <paramref name="outputDirectory"/>; refuses folders that hold the site's own sources.</summary>
    public static StagedOutput Begin(string outputDirectory, string siteRoot)
    {
        var output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        GuardAgainstDestroyingInput(output, Path.GetFullPath(siteRoot));
        var parent = Path.GetDirectoryName(output) ?? throw new InvalidOperationException($"cannot write to {output}");
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(output)}.new-{Environment.ProcessId}-{Guid.NewGuid():N}");
        // The spare is claimed by renaming it: of two builds at once, one gets it and the other starts empty.
        var reusingSpare = Directory.Exists(output) && TryMove(SpareOf(output), staging);
        if (!reusingSpare) Directory.CreateDirectory(staging);
        return new StagedOutput(output, staging, reusingSpare);
    }

    /// <summary>Where the site before last is kept for the next build to write into.</summary>
    public static string SpareOf(string output)
    {
        output = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);
        return Path.Combine(Path.GetDirectoryName(output)!, $".{Path.GetFileName(output)}.spare");
    }

    /// <summary>Writes one file of the new site; thread-safe. A document marked as written (<see cref="Document.AsWritten"/>)
    /// is already here and is skipped; two documents for one path are an error.</summary>
    /// <param name="sameAsPrevious">The caller knows the previous output holds exactly these bytes at this path.</param>
    public void Write(Document document, bool sameAsPrevious = false)
    {
        if (document.IsWritten)
        {
            if (_written.ContainsKey(document.Destination)) return;
            throw new InvalidOperationException($"{document.Destination} is marked as written but was never written");
        }
        var target = Claim(document.Destination);
        var previous = Path.Combine(_output, document.Destination);
        if (_hasPrevious && (sameAsPrevious || UnchangedFileLinker.Holds(previous, document.Content.Span)) && Link(previous, target))
            return;
        WriteFile(target, document);
    }

    /// <summary>Writes one file of the new site that the caller knows differs from the previous output's file at that
    /// path (it is not read to compare); thread-safe.</summary>
    public void WriteChanged(Document document)
    {
        WriteFile(Claim(document.Destination), document);
    }

    private void WriteFile(string target, Document document)
    {
        if (_reusingSpare) Remove(target);
        MakeFolderOf(target);
        using var file = new FileStream(target, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024);
        file.Write(document.Content.Span);
    }

    /// <summary>Puts the previous output's file at <paramref name="destination"/> into the new site unread, for a caller
    /// that has checked it; false (and nothing claimed) when it cannot be linked, and the caller writes it instead.</summary>
    public bool TryLinkPrevious(string destination)
    {
        var target = Claim(destination);
        if (_hasPrevious && Link(Path.Combine(_output, destination), target)) return true;
        _written.TryRemove(destination, out _);
        return false;
    }

    /// <summary>The file written for <paramref name="destination"/> (it keeps its size and time when swapped in).</summary>
    public FileInfo Written(string destination) => new(Path.Combine(_staging, destination));

    public void WriteAll(IEnumerable<Document> documents) => Parallel.ForEach(documents, d => Write(d));

    /// <summary>Swaps the new site in for the old one, which is kept as the spare for the next build.</summary>
    public void Commit()
    {
        if (_reusingSpare) RemoveUnwritten();
        if (Directory.Exists(_output) && FileSystemCalls.TryExchange(_staging, _output))
        {
            _committed = true;
            KeepAsSpare(_staging);
            return;
        }
        var retired = Path.Combine(Path.GetDirectoryName(_output)!, $".{Path.GetFileName(_output)}.old-{Environment.ProcessId}-{Guid.NewGuid():N}");
        try
        {
            if (Directory.Exists(_output)) Directory.Move(_output, retired);
            Directory.Move(_staging, _output);
            _committed = true;
        }
        catch
        {
            // Put the previous site back if the swap got halfway; the new files are dropped by Dispose.
            if (!Directory.Exists(_output) && Directory.Exists(retired)) Directory.Move(retired, _output);
            throw;
        }
        if (Directory.Exists(retired)) KeepAsSpare(retired);
    }

    /// <summary>Drops the new site unless it was committed (a claimed spare goes back, to be checked again next time);
    /// waits until anything being deleted is gone.</summary>
    public void Dispose()
    {
        if (!_committed && Directory.Exists(_staging) && !(_reusingSpare && TryMove(_staging, SpareOf(_output))))
            Directory.Delete(_staging, recursive: true);
        _deletingOld?.GetAwaiter().GetResult();
    }

    /// <summary>Makes <paramref name="target"/> a name of <paramref name="previous"/>; true when it already is one.</summary>
    private bool Link(string previous, string target)
    {
        if (_reusingSpare)
        {
            // Most files of a spare already are the output's: then its folder is there too, and nothing is made.
            if (FileSystemCalls.SameFile(previous, target)) return true;
            Remove(target);
        }
        MakeFolderOf(target);
        return UnchangedFileLinker.TryLink(previous, target);
    }

    /// <summary>Reserves <paramref name="destination"/> for one writer; returns the staged path (its folder is made when
    /// a file is put there).</summary>
    private string Claim(string destination)
    {
        if (!_written.TryAdd(destination, true))
            throw new InvalidOperationException($"two outputs want the same file: {destination}");
        return Path.Combine(_staging, destination);
    }

    /// <summary>Makes the folder of <paramref name="target"/> once per build.</summary>
    private void MakeFolderOf(string target)
    {
        var folder = Path.GetDirectoryName(target)!;
        if (!_folders.ContainsKey(folder))
        {
            try
            {
                Directory.CreateDirectory(folder); // idempotent: two threads may both get here for a new folder
            }
            catch (IOException) when (_reusingSpare)
            {
                // The spare has a file where this build has a folder.
                for (var above = folder; above.Length > _staging.Length; above = Path.GetDirectoryName(above)!)
                    if (File.Exists(above)) File.Delete(above);
                Directory.CreateDirectory(folder);
            }
            _folders.TryAdd(folder, true);
        }
    }

    /// <summary>Removes whatever the spare holds at <paramref name="path"/>.</summary>
    private static void Remove(string path)
    {
        if (File.Exists(path)) File.Delete(path);
        else if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
    }

    /// <summary>Deletes the spare's files that are not part of this build, and the folders that leaves empty.</summary>
    private void RemoveUnwritten()
    {
        var emptied = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in _spareFiles?.Result ?? Directory.EnumerateFiles(_staging, "*", SearchOption.AllDirectories).ToList())
        {
            if (_written.ContainsKey(Path.GetRelativePath(_staging, file).Replace('\\', '/'))) continue;
            if (!File.Exists(file)) continue; // a file the build replaced with a folder
            File.Delete(file);
            emptied.Add(Path.GetDirectoryName(file)!);
        }
        foreach (var folder in emptied.OrderByDescending(f => f.Length))
            for (var above = folder; above.Length > _staging.Length && Directory.Exists(above)
                 && !Directory.EnumerateFileSystemEntries(above).Any(); above = Path.GetDirectoryName(above)!)
                Directory.Delete(above);
    }

    /// <summary>Keeps an old site as the spare; deletes it (in the background) when a spare is already there.</summary>
    private void KeepAsSpare(string oldSite)
    {
        if (!TryMove(oldSite, SpareOf(_output))) _deletingOld = Task.Run(() => Directory.Delete(oldSite, recursive: true));
    }

    private static bool TryMove(string from, string to)
    {
        try
        {
            Directory.Move(from, to);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false; // missing, or already there
        }
    }

    private static void GuardAgainstDestroyingInput(string output, string root)
    {
        var separator = Path.DirectorySeparatorChar;
        var rootWithSlash = root.TrimEnd(separator) + separator;
        if (output == root.TrimEnd(separator) || rootWithSlash.StartsWith(output + separator, StringComparison.Ordinal)
            || Path.GetPathRoot(output) == output)
            throw new InvalidOperationException($"refusing to replace {output}: it holds the site's own files; choose another --output");
        foreach (var source in new[] { "input", "site", "themes", "src", "tests" })
        {
            var sourceDir = Path.Combine(root, source);
            if (output == sourceDir || output.StartsWith(sourceDir + separator, StringComparison.Ordinal))
                throw new InvalidOperationException($"refusing to write the site into {output}, inside {source}/; choose another --output");
        }
    }
}
