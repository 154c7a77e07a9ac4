namespace PublicInfo.Tests.Support;

/// <summary>Golden-file snapshots: a mismatch fails with the first differing line; UPDATE_SNAPSHOTS=1 rewrites the file instead.</summary>
/// <remarks>Verify cannot be restored here; plain files under version control give the same reviewable diff.</remarks>
public static class Golden
{
    public static void Match(string relativePath, string actual)
    {
        var path = RepoPaths.TestFile(relativePath.Split('/'));
        actual = actual.Replace("\r\n", "\n");
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }
        Assert.True(File.Exists(path), $"no snapshot at {path}; run the tests with UPDATE_SNAPSHOTS=1 to create it, then review it");
        var expected = File.ReadAllText(path).Replace("\r\n", "\n");
        if (expected == actual) return;
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        var at = Enumerable.Range(0, Math.Min(expectedLines.Length, actualLines.Length))
            .FirstOrDefault(i => expectedLines[i] != actualLines[i], Math.Min(expectedLines.Length, actualLines.Length));
        Assert.Fail($"{relativePath} differs at line {at + 1}:\n- {Line(expectedLines, at)}\n+ {Line(actualLines, at)}\n" +
                    "If the change is intended, rerun with UPDATE_SNAPSHOTS=1 and review the diff.");
    }

    private static string Line(string[] lines, int index) => index < lines.Length ? lines[index] : "(end of file)";
}
