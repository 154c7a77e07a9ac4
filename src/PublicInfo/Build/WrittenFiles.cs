using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using PublicInfo.Output;
using PublicInfo.Pipeline;

namespace PublicInfo.Build;

/// <summary>
/// The files the build server wrote in its last build: the bytes it wrote (the very array) and the size and time the
/// file got. When the next build writes the same array to the same path (a guide's open-data record kept by
/// <see cref="GuideMemo{T}"/>) and the output's file still has that size and time, the file is linked unread; without
/// this, each of 10,000 records was read back from the last output and compared. Thread-safe.
/// </summary>
internal sealed class WrittenFiles
{
    private ConcurrentDictionary<string, (byte[] Bytes, long Length, DateTime Written)> _last = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, (byte[] Bytes, long Length, DateTime Written)> _current = new(StringComparer.Ordinal);

    /// <summary>Starts a build: what the last one wrote becomes what this one may link.</summary>
    public void NextBuild()
    {
        _last = _current;
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
        if (_last.TryGetValue(destination, out var last) && ReferenceEquals(last.Bytes, bytes))
        {
            var previous = new FileInfo(Path.Combine(outputFolder, destination));
            if (previous.Exists && previous.Length == last.Length && previous.LastWriteTimeUtc == last.Written
                && output.TryLinkPrevious(destination))
            {
                _current[destination] = last;
                return document.AsWritten();
            }
        }
        output.Write(document);
        var written = output.Written(destination);
        _current[destination] = (bytes, written.Length, written.LastWriteTimeUtc);
        return document.AsWritten();
    }
}
