using PublicInfo.Pipeline;

namespace PublicInfo.Output;

/// <summary>Writes a whole site beside the output folder, then swaps it in: readers see the old site or the new one, never half of each.</summary>
public static class AtomicOutputWriter
{
    public static void Write(string outputDirectory, IReadOnlyList<Document> documents, string siteRoot)
    {
        var output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        GuardAgainstDestroyingInput(output, Path.GetFullPath(siteRoot));
        CheckUniqueDestinations(documents);

        var parent = Path.GetDirectoryName(output) ?? throw new InvalidOperationException($"cannot write to {output}");
        Directory.CreateDirectory(parent);
        var name = Path.GetFileName(output);
        var staging = Path.Combine(parent, $".{name}.new-{Environment.ProcessId}-{Guid.NewGuid():N}");
        var retired = Path.Combine(parent, $".{name}.old-{Environment.ProcessId}-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(staging);
            foreach (var directory in documents.Select(d => Path.GetDirectoryName(Path.Combine(staging, d.Destination))!).Distinct())
                Directory.CreateDirectory(directory);
            var hasPrevious = Directory.Exists(output);
            Parallel.ForEach(documents, document =>
            {
                var target = Path.Combine(staging, document.Destination);
                if (hasPrevious && UnchangedFileLinker.TryLink(Path.Combine(output, document.Destination), target, document.Content.Span))
                    return;
                using var file = new FileStream(target, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024);
                file.Write(document.Content.Span);
            });
            if (Directory.Exists(output)) Directory.Move(output, retired);
            Directory.Move(staging, output);
        }
        catch
        {
            // Put the previous site back if the swap got halfway; the new files are simply dropped.
            if (!Directory.Exists(output) && Directory.Exists(retired)) Directory.Move(retired, output);
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
            throw;
        }
        if (Directory.Exists(retired)) Directory.Delete(retired, recursive: true);
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

    private static void CheckUniqueDestinations(IReadOnlyList<Document> documents)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in documents)
            if (!seen.Add(document.Destination))
                throw new InvalidOperationException($"two outputs want the same file: {document.Destination}");
    }
}
