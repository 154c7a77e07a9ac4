using PublicInfo.Publishing;
using PublicInfo.Records;
using PublicInfo.Rendering;
using PublicInfo.Transparency;

namespace PublicInfo.Build;

/// <summary>Reads site/log into what pages show: versions with their field-level changes, the checkpoint, the key.</summary>
public static class HistoryLoader
{
    public static string LogDirectory(string root) => Path.Combine(root, "site", "log");

    public static (PublicationLog Log, PublicationHistory History) Load(string root, string? publicKey)
    {
        var log = PublicationLog.Open(LogDirectory(root));
        var previous = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var versions = new List<VersionInfo>();
        for (var i = 0; i < log.Entries.Count; i++)
        {
            var entry = LogEntry.Parse(log.Entries[i]);
            var changes = previous.TryGetValue(entry.Id, out var before)
                ? RecordDiff.Compare(before, entry.Record).Where(c => c.Field != "change_note").Select(c => c.Description).ToList()
                : [];
            previous[entry.Id] = entry.Record;
            versions.Add(new VersionInfo(entry.Id, entry.Version, entry.Published, entry.ChangeNote, entry.SourceCommit, i, entry.Record, changes));
        }
        return (log, new PublicationHistory(versions, log.SignedCheckpoint, publicKey));
    }
}
