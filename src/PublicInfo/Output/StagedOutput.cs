using System.Collections.Concurrent;
using PublicInfo.Pipeline;

namespace PublicInfo.Output;

/// <summary>
/// A whole site written beside the output folder, then swapped in: readers see the old site or the new one, never
/// half of each. Files are written as soon as they exist (pages while others still render), so writing overlaps the
/// rendering instead of following it; an unfinished or failed build drops the folder and leaves the old site alone.
/// </summary>
public sealed class StagedOutput : IDisposable
{
    private readonly string _output;
    private readonly string _staging;
    private readonly bool _hasPrevious;
    private readonly ConcurrentDictionary<string, bool> _written = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);
    private bool _committed;

    private StagedOutput(string output, string staging)
    {
        _output = output;
        _staging = staging;
        _hasPrevious = Directory.Exists(output);
    }

    /// <summary>Starts a new site for <paramref name="outputDirectory"/>; refuses folders that hold the site's own sources.</summary>
    public static StagedOutput Begin(string outputDirectory, string siteRoot)
    {
        var output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        GuardAgainstDestroyingInput(output, Path.GetFullPath(siteRoot));
        var parent = Path.GetDirectoryName(output) ?? throw new InvalidOperationException($"cannot write to {output}");
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(output)}.new-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        return new StagedOutput(output, staging);
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
        if (!_written.TryAdd(document.Destination, true))
            throw new InvalidOperationException($"two outputs want the same file: {document.Destination}");
        var target = Path.Combine(_staging, document.Destination);
        var folder = Path.GetDirectoryName(target)!;
        if (!_folders.ContainsKey(folder))
        {
            Directory.CreateDirectory(folder); // idempotent: two threads may both get here for a new folder
            _folders.TryAdd(folder, true);
        }
        var previous = Path.Combine(_output, document.Destination);
        if (_hasPrevious && (sameAsPrevious ? UnchangedFileLinker.TryLink(previous, target)
                : UnchangedFileLinker.TryLinkIfSame(previous, target, document.Content.Span)))
            return;
        using var file = new FileStream(target, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024);
        file.Write(document.Content.Span);
    }

    public void WriteAll(IEnumerable<Document> documents) => Parallel.ForEach(documents, d => Write(d));

    /// <summary>Swaps the new site in for the old one.</summary>
    public void Commit()
    {
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
        if (Directory.Exists(retired)) Directory.Delete(retired, recursive: true);
    }

    /// <summary>Drops the new site unless it was committed.</summary>
    public void Dispose()
    {
        if (!_committed && Directory.Exists(_staging)) Directory.Delete(_staging, recursive: true);
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
