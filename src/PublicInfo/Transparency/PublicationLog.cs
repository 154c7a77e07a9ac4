namespace PublicInfo.Transparency;

/// <summary>The append-only publication log kept in a folder (site/log): a signed checkpoint plus C2SP tlog-tiles.</summary>
/// <remarks>Tiles are written before the checkpoint, and the checkpoint is replaced by a rename, so a crash never leaves a
/// checkpoint that points at tiles that are not there. Files already written are never changed: finding one that
/// differs from what the entries say means the log was tampered with, and appending stops.</remarks>
public sealed class PublicationLog
{
    public const string CheckpointFile = "checkpoint";
    private readonly List<byte[]> _entries;
    private readonly List<byte[]> _leafHashes;

    private PublicationLog(string directory, List<byte[]> entries, string? signedCheckpoint)
    {
        Directory = directory;
        _entries = entries;
        _leafHashes = entries.Select(e => MerkleTree.LeafHash(e)).ToList();
        SignedCheckpoint = signedCheckpoint;
    }

    public string Directory { get; }
    public IReadOnlyList<byte[]> Entries => _entries;
    public long Size => _entries.Count;

    /// <summary>The latest signed checkpoint note, or null for a log that has never been published.</summary>
    public string? SignedCheckpoint { get; private set; }

    public byte[] Root => MerkleTree.Root(_leafHashes);

    /// <summary>Reads the log; an empty or missing folder is an empty log. Throws <see cref="InvalidDataException"/> when the
    /// entries do not hash to the checkpoint's root.</summary>
    public static PublicationLog Open(string directory)
    {
        var checkpointPath = Path.Combine(directory, CheckpointFile);
        if (!File.Exists(checkpointPath)) return new PublicationLog(directory, [], null);
        var note = File.ReadAllText(checkpointPath);
        var checkpoint = Checkpoint.Parse(NoteText(note));
        var entries = ReadEntries(directory, checkpoint.Size);
        var log = new PublicationLog(directory, entries, note);
        if (!log.Root.AsSpan().SequenceEqual(checkpoint.Root))
            throw new InvalidDataException($"{checkpointPath}: the {checkpoint.Size} logged entries do not hash to the checkpoint's root");
        return log;
    }

    /// <summary>Appends entries and signs a new checkpoint; appending nothing changes nothing.</summary>
    public void Append(IReadOnlyList<byte[]> entries, NoteSigner signer, string origin)
    {
        if (entries.Count == 0) return;
        if (SignedCheckpoint is not null && Checkpoint.Parse(NoteText(SignedCheckpoint)).Origin != origin)
            throw new InvalidOperationException($"the log's origin is '{Checkpoint.Parse(NoteText(SignedCheckpoint)).Origin}', not '{origin}'");
        _entries.AddRange(entries);
        _leafHashes.AddRange(entries.Select(e => MerkleTree.LeafHash(e)));
        foreach (var (path, bytes) in TileSet.For(_entries, _leafHashes, Size))
        {
            var file = Path.Combine(Directory, path);
            if (File.Exists(file))
            {
                if (!File.ReadAllBytes(file).AsSpan().SequenceEqual(bytes))
                    throw new InvalidDataException($"{file} differs from what the logged entries give; the log was changed after publication");
                continue;
            }
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllBytes(file, bytes);
        }
        var note = SignedNote.Sign(new Checkpoint(origin, Size, Root).ToText(), signer);
        var target = Path.Combine(Directory, CheckpointFile);
        File.WriteAllText(target + ".tmp", note);
        File.Move(target + ".tmp", target, overwrite: true);
        SignedCheckpoint = note;
    }

    /// <summary>The tlog-proof of entry <paramref name="index"/> against the current checkpoint.</summary>
    public TlogProof Proof(long index, SubtreeCache? cache = null) =>
        new(index, MerkleTree.InclusionProof(cache ?? new SubtreeCache(_leafHashes), index, Size),
            SignedCheckpoint ?? throw new InvalidOperationException("the log has no checkpoint yet"));

    /// <summary>A cache over this log's leaves, for producing many proofs at once.</summary>
    public SubtreeCache NewProofCache() => new(_leafHashes);

    /// <summary>The text of a signed note (everything before the blank line), not checked against any key.</summary>
    public static string NoteText(string note)
    {
        var split = note.IndexOf("\n\n", StringComparison.Ordinal);
        return split < 0 ? note : note[..(split + 1)];
    }

    /// <summary>Reads the first <paramref name="size"/> entries from the entry bundles.</summary>
    public static List<byte[]> ReadEntries(string directory, long size)
    {
        var entries = new List<byte[]>();
        for (long tile = 0; tile * TilePath.Width < size; tile++)
        {
            var count = (int)Math.Min(TilePath.Width, size - tile * TilePath.Width);
            var path = Path.Combine(directory, TilePath.Entries(tile, count));
            if (!File.Exists(path)) throw new InvalidDataException($"missing entry bundle {TilePath.Entries(tile, count)}");
            var data = File.ReadAllBytes(path);
            var at = 0;
            for (var i = 0; i < count; i++)
            {
                if (at + 2 > data.Length) throw new InvalidDataException($"{TilePath.Entries(tile, count)} is truncated at entry {i}");
                var length = data[at] << 8 | data[at + 1];
                at += 2;
                if (at + length > data.Length) throw new InvalidDataException($"{TilePath.Entries(tile, count)} is truncated at entry {i}");
                entries.Add(data[at..(at + length)]);
                at += length;
            }
            if (at != data.Length) throw new InvalidDataException($"{TilePath.Entries(tile, count)} has {data.Length - at} bytes after its last entry");
        }
        return entries;
    }
}
