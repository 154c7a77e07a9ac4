using System.Text;
using PublicInfo.Output;

namespace PublicInfo.Content;

/// <summary>
/// The on-disk form of <see cref="ParseCache"/>: a header naming the format and the tool version, then per file its
/// path, the hash of its bytes, context, result JSON and diagnostics, length-prefixed; replaced whole
/// (<see cref="AtomicFile"/>).
/// </summary>
internal static class ParseCacheFile
{
    private const string Format = "publicinfo-parse-cache 1";

    /// <exception cref="InvalidDataException">The file is from another format or version, or damaged.</exception>
    /// <remarks>The file is read whole and each result stays a slice of it: copying 10,000 results (60 MB for 10,000
    /// guides) out of a file stream took half a second of every build.</remarks>
    public static Dictionary<string, SavedParse> Read(string path, string tool)
    {
        var bytes = File.ReadAllBytes(path);
        using var reader = new BinaryReader(new MemoryStream(bytes, writable: false), Encoding.UTF8);
        if (reader.ReadString() != Format || reader.ReadString() != tool) throw new InvalidDataException("another version's cache");
        var count = Count(reader);
        var entries = new Dictionary<string, SavedParse>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var file = reader.ReadString();
            var hash = reader.ReadString();
            var context = reader.ReadString();
            var length = reader.ReadInt32();
            // The cast matters: null converts to ReadOnlyMemory<byte> too (through byte[]), as an empty result, not a missing one.
            var result = length == -1 ? (ReadOnlyMemory<byte>?)null : Slice(bytes, reader, length);
            var diagnostics = new Diagnostic[Count(reader)];
            for (var d = 0; d < diagnostics.Length; d++)
            {
                var rule = reader.ReadString();
                var severity = (Severity)reader.ReadInt32();
                var location = new SourceLocation(reader.ReadString(), reader.ReadInt32(), reader.ReadInt32());
                diagnostics[d] = new Diagnostic(rule, severity, location, reader.ReadString(), reader.ReadString());
            }
            entries[file] = new SavedParse(hash, context, result, diagnostics);
        }
        return entries;
    }

    /// <summary>The next <paramref name="length"/> bytes as a slice of the file read whole, skipped by the reader.</summary>
    private static ReadOnlyMemory<byte> Slice(byte[] bytes, BinaryReader reader, int length)
    {
        var start = (int)reader.BaseStream.Position;
        var slice = new ReadOnlyMemory<byte>(bytes, start, Count(length, reader));
        reader.BaseStream.Position = start + length;
        return slice;
    }

    /// <summary>A count or length read from the file, checked against what is left of it: a damaged number must not
    /// make the reader allocate gigabytes.</summary>
    private static int Count(BinaryReader reader) => Count(reader.ReadInt32(), reader);

    private static int Count(int value, BinaryReader reader) =>
        value >= 0 && value <= reader.BaseStream.Length - reader.BaseStream.Position
            ? value
            : throw new InvalidDataException($"a count of {value} at byte {reader.BaseStream.Position}: the cache is damaged");

    public static void Write(string path, string tool, IReadOnlyDictionary<string, SavedParse> entries) =>
        AtomicFile.Write(path, stream =>
        {
            using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
            writer.Write(Format);
            writer.Write(tool);
            writer.Write(entries.Count);
            foreach (var (file, saved) in entries)
            {
                writer.Write(file);
                writer.Write(saved.Hash);
                writer.Write(saved.Context);
                writer.Write(saved.Result?.Length ?? -1);
                if (saved.Result is { } result) writer.Write(result.Span);
                writer.Write(saved.Diagnostics.Count);
                foreach (var d in saved.Diagnostics)
                {
                    writer.Write(d.RuleId);
                    writer.Write((int)d.Severity);
                    writer.Write(d.Location.File);
                    writer.Write(d.Location.Line);
                    writer.Write(d.Location.Column);
                    writer.Write(d.Message);
                    writer.Write(d.Fix);
                }
            }
        });
}
