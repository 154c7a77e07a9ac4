using PublicInfo.Build;
using PublicInfo.Output;
using PublicInfo.Pipeline;
using Xunit;

namespace PublicInfo.Tests.Build;

/// <summary>The build server links a file it wrote last time, unread, when it writes the same bytes again; a build that
/// stopped wrote into a folder that was thrown away, and must not stand for the output.</summary>
public sealed class WrittenFilesTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "publicinfo-written-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        foreach (var folder in Directory.GetParent(_root)!.GetDirectories(Path.GetFileName(_root) + "*"))
            folder.Delete(recursive: true);
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public void AfterAStoppedBuildTheCommittedOutputsFilesAreStillLinkedUnread()
    {
        Directory.CreateDirectory(_root);
        string output = Path.Combine(_root, "out");
        byte[] first = "one"u8.ToArray();
        var files = new WrittenFiles();

        Build(files, output, first, commit: true, lastCommitted: true);
        Build(files, output, "two"u8.ToArray(), commit: false, lastCommitted: true); // stopped: a newer save
        // Linked unread means the memo of the committed build is trusted: to see that it was, the output's file gets other
        // bytes of the same length and its time back. Had the stopped build's memo replaced it, the file would be read,
        // found different and written anew.
        string before = Path.Combine(output, "data", "x.json");
        var time = File.GetLastWriteTimeUtc(before);
        File.WriteAllBytes(before, "ONE"u8.ToArray());
        File.SetLastWriteTimeUtc(before, time);
        Build(files, output, [.. first], commit: false, lastCommitted: false, check: staged => Assert.True(FileSystemCalls.SameFile(before, staged.Written("data/x.json").FullName)));
    }

    private static void Build(WrittenFiles files, string output, byte[] bytes, bool commit, bool lastCommitted,
        Action<StagedOutput>? check = null)
    {
        files.NextBuild(lastCommitted);
        using var staged = StagedOutput.Begin(output, Path.GetDirectoryName(output)!);
        files.Write(staged, output, new Document("data/x.json", bytes));
        check?.Invoke(staged);
        if (commit) staged.Commit();
    }
}
