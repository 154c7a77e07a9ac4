using System.IO.Compression;
using System.Security.Cryptography;

namespace PublicInfo.Search;

/// <summary>
/// The files of one export, named by content hash as they are added, then compressed (.gz, .br) in parallel:
/// compression is the slow part of the export, and the files are independent.
/// </summary>
internal sealed class ExportFiles
{
    private readonly List<(string Name, byte[] Content)> _files = [];

    /// <summary>Keeps <paramref name="content"/> as <c>stem.hash.json</c>; returns the hash.</summary>
    public string Add(string stem, byte[] content)
    {
        string hash = Convert.ToHexStringLower(SHA256.HashData(content))[..SearchExporter.HashLength];
        _files.Add(($"{stem}.{hash}.json", content));
        return hash;
    }

    /// <summary>Writes every file with its .gz and .br copies in the order added (copies from <paramref name="earlier"/>
    /// where it has them); returns the three byte totals and the Brotli quality.</summary>
    /// <exception cref="OperationCanceledException">Stopped before every file was compressed.</exception>
    public (long Bytes, long Gzip, long Brotli, int Quality) CompressAndWrite(Action<string, byte[]> write, int maxBrotliBytes,
        EarlierCompression? earlier = null, CancellationToken cancellation = default)
    {
        // Brotli's best quality (11) is ~14% smaller than quality 6 but ~40 times slower (about 1.4 s per MB on
        // two cores here): worth it for a bureau's few hundred guides, not for the 2 MB export of 1,000 guides or the 18 MB of 10,000.
        long raw = _files.Sum(f => (long)f.Content.Length);
        int quality = raw <= maxBrotliBytes ? 11 : 6;
        var compressed = new (byte[] Gzip, byte[] Brotli)[_files.Count];
        Parallel.For(0, _files.Count, new ParallelOptions { CancellationToken = cancellation }, i =>
        {
            var (name, content) = _files[i];
            compressed[i] = earlier?.Invoke(name, content, quality)
                ?? (Compress(content, s => new GZipStream(s, CompressionLevel.Optimal, leaveOpen: true)), Brotli(content, quality));
        });
        long bytes = 0, gzip = 0, brotli = 0;
        for (int i = 0; i < _files.Count; i++)
        {
            var (name, content) = _files[i];
            write(name, content);
            write(name + ".gz", compressed[i].Gzip);
            write(name + ".br", compressed[i].Brotli);
            bytes += content.Length;
            gzip += compressed[i].Gzip.Length;
            brotli += compressed[i].Brotli.Length;
        }
        return (bytes, gzip, brotli, quality);
    }

    private static byte[] Brotli(byte[] content, int quality)
    {
        var output = new byte[BrotliEncoder.GetMaxCompressedLength(content.Length)];
        if (!BrotliEncoder.TryCompress(content, output, out int written, quality, window: 22))
            throw new InvalidOperationException("Brotli compression failed");
        return output[..written];
    }

    private static byte[] Compress(byte[] content, Func<Stream, Stream> compressor)
    {
        using var output = new MemoryStream();
        using (Stream c = compressor(output)) c.Write(content);
        return output.ToArray();
    }
}
