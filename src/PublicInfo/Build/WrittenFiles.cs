using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using PublicInfo.Output;
using PublicInfo.Pipeline;

namespace PublicInfo.Build;

/// <summary>
/// The files the build server wrote in its last build: the bytes it wrote and the size and time the file got. When the
/// next build writes the same bytes to the same path (the very array: a guide's open-data record kept by
/// <see cref="GuideMemo{T}"/>; or equal ones, compared in memory) and the output's file still has that size and time,
/// the file is linked unread; without this, each of 10,000 records and every bulk file was read back from the last
/// output and compared. Thread-safe.
/// </summary>
internal sealed class WrittenFiles
{
    private ConcurrentDictionary<string, (byte[] Bytes, long Length, DateTime Written)> _last = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, (byte[] Bytes, long Length, DateTime Written)> _current = new(StringComparer.Ordinal);

    /// <summary>Starts a build: what the last committed one wrote becomes what this one may link. A build that did not
    /// commit (<paramref name="lastCommitted"/> false; preview: stopped by a newer save) wrote into a folder that was
    /// thrown away, so what it wrote describes no output.</summary>
    public void NextBuild(bool lastCommitted)
    {
        if (lastCommitted) _last = _current;
        _current = new ConcurrentDictionary<string, (byte[] Bytes, long Length, DateTime Written)>(StringComparer.Ordinal);
    }

    /// <summary>Writes <paramref name="document"/> into <paramref name="output"/>, or links the last output's file when
    /// it is known to hold these bytes; returns the document as written.</summary>
    public Document Write(StagedOutput output, string outputFolder, Document document)
    {
        if (!MemoryMarshal.TryGetArray(document.Content, out var segment) || segment.Array is not { } bytes
            || segment.Offset != 0 || segment.Count != bytes.Length)
        {
            output.Write(document);
            return document.AsWritten();
        }
        var destination = document.Destination;
        var changed = false;
        if (_last.TryGetValue(destination, out var last))
        {
            var previous = new FileInfo(Path.Combine(outputFolder, destination));
            var intact = previous.Exists && previous.Length == last.Length && previous.LastWriteTimeUtc == last.Written;
            var same = ReferenceEquals(last.Bytes, bytes) || last.Bytes.AsSpan().SequenceEqual(bytes);
            if (intact && same && output.TryLinkPrevious(destination))
            {
                _current[destination] = last with { Bytes = bytes };
                return document.AsWritten();
            }
            // The output's file holds the bytes written last time, and these differ: no need to read it to compare.
            changed = intact && !same;
        }
        if (changed) output.WriteChanged(document);
        else output.Write(document);
        var written = output.Written(destination);
        _current[destination] = (bytes, written.Length, written.LastWriteTimeUtc);
        return document.AsWritten();
    }
}
