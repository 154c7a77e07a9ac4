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
    /// guides) through a stream reader took half a second of every build.</remarks>
    public static Dictionary<string, SavedParse> Read(string path, string tool)
    {
        var reader = new Reader(File.ReadAllBytes(path));
        if (reader.String() != Format || reader.String() != tool) throw new InvalidDataException("another version's cache");
        var count = reader.Count();
        var entries = new Dictionary<string, SavedParse>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var file = reader.String();
            var hash = reader.String();
            var context = reader.String();
            var length = reader.Int32();
            // The cast matters: null converts to ReadOnlyMemory<byte> too (through byte[]), as an empty result, not a missing one.
            var result = length == -1 ? (ReadOnlyMemory<byte>?)null : reader.Bytes(length);
            var diagnostics = new Diagnostic[reader.Count()];
            for (var d = 0; d < diagnostics.Length; d++)
            {
                var rule = reader.String();
                var severity = (Severity)reader.Int32();
                var location = new SourceLocation(reader.String(), reader.Int32(), reader.Int32());
                diagnostics[d] = new Diagnostic(rule, severity, location, reader.String(), reader.String());
            }
            entries[file] = new SavedParse(hash, context, result, diagnostics);
        }
        return entries;
    }

    /// <summary>Reads what <see cref="BinaryWriter"/> wrote (little-endian integers, strings with a 7-bit encoded length).
    /// Every count and length is checked against what is left: a damaged number must not make it allocate gigabytes.</summary>
    private sealed class Reader(byte[] bytes)
    {
        private int _position;

        public int Int32()
        {
            Need(4);
            var value = System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(_position));
            _position += 4;
            return value;
        }

        public int Count() => Checked(Int32());

        public ReadOnlyMemory<byte> Bytes(int length)
        {
            var memory = new ReadOnlyMemory<byte>(bytes, _position, Checked(length));
            _position += length;
            return memory;
        }

        public string String()
        {
            int length = 0, shift = 0;
            byte b;
            do
            {
                Need(1);
                if (shift > 28) throw Damaged("a string length");
                b = bytes[_position++];
                length |= (b & 0x7F) << shift;
                shift += 7;
            }
            while (b >= 0x80);
            var text = Encoding.UTF8.GetString(bytes, _position, Checked(length));
            _position += length;
            return text;
        }

        private int Checked(int value) => value >= 0 && value <= bytes.Length - _position ? value : throw Damaged($"a count of {value}");

        private void Need(int count)
        {
            if (bytes.Length - _position < count) throw Damaged("the end of the file");
        }

        private InvalidDataException Damaged(string what) => new($"{what} at byte {_position}: the cache is damaged");
    }

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
