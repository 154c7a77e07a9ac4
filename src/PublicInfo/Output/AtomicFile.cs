namespace PublicInfo.Output;

/// <summary>
/// A file replaced whole or not at all: written under a temporary name and moved over the old one, so a reader (or a
/// build killed halfway) sees the old file or the new one. The temporary name is this process's own: two builds
/// saving the same cache at once do not write into one temporary file.
/// </summary>
public static class AtomicFile
{
    public static void Write(string path, byte[] bytes) => Write(path, stream => stream.Write(bytes));

    public static void Write(string path, Action<Stream> write)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Environment.ProcessId}.tmp";
        try
        {
            using (var stream = File.Create(temporary)) write(stream);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary); // only when writing failed
        }
    }
}
