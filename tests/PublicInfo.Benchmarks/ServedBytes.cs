using System.Collections.Concurrent;
using System.IO.Compression;

namespace PublicInfo.Benchmarks;

/// <summary>What a file costs on the wire, the same rule for every tool: the Brotli size of the body at quality 11
/// (what a static host with pre-compressed files sends). Pagefind's index files are already gzip inside, so for them
/// this is about their size on disk.</summary>
public static class ServedBytes
{
    private static readonly ConcurrentDictionary<string, long> Sizes = new(StringComparer.Ordinal);

    /// <summary>Brotli (quality 11, window 22) bytes of <paramref name="path"/>, computed once per file.</summary>
    public static long Of(string path) => Sizes.GetOrAdd(path, Compute);

    private static long Compute(string path)
    {
        // Our export writes each .json with a .br copy made by BrotliStream at SmallestSize: quality 11, window 22.
        var sibling = path + ".br";
        if (path.EndsWith(".json", StringComparison.Ordinal) && File.Exists(sibling)) return new FileInfo(sibling).Length;
        var body = File.ReadAllBytes(path);
        var buffer = new byte[BrotliEncoder.GetMaxCompressedLength(body.Length)];
        if (!BrotliEncoder.TryCompress(body, buffer, out var written, quality: 11, window: 22))
            throw new InvalidOperationException($"Brotli could not compress {path}");
        return written;
    }
}
