using PublicInfo.Content;
using PublicInfo.Records;

namespace PublicInfo.Publishing;

/// <summary>Decides which guides get a new log entry: those whose record differs from their last logged version.</summary>
public static class PublishPlanner
{
    public static PublishPlan Plan(SiteModel site, IReadOnlyList<LogEntry> logged, DateOnly today, string? sourceCommit)
    {
        var latest = logged.GroupBy(e => e.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.MaxBy(e => e.Version)!, StringComparer.Ordinal);
        var entries = new List<LogEntry>();
        var problems = new DiagnosticBag();

        foreach (var procedure in site.Procedures)
        {
            var record = ProcedureRecord.Bytes(procedure, site);
            if (!latest.TryGetValue(procedure.Id, out var previous))
            {
                entries.Add(new LogEntry(procedure.Id, 1, today, procedure.ChangeNote, sourceCommit, record));
                continue;
            }
            if (record.AsSpan().SequenceEqual(previous.Record)) continue;

            var substantive = RecordDiff.Compare(previous.Record, record).Where(c => c.Substantive).Select(c => c.Field).Distinct().ToList();
            var hasNewNote = !string.IsNullOrWhiteSpace(procedure.ChangeNote) && procedure.ChangeNote != previous.ChangeNote;
            if (substantive.Count > 0 && !hasNewNote)
            {
                problems.Report(PublishRules.ChangeNoteRequired, procedure.Source.At("change_note"),
                    $"guide '{procedure.Id}' changed {string.Join(", ", substantive)} since version {previous.Version} " +
                    $"(published {previous.Published:yyyy-MM-dd}) but has no new change_note");
                continue;
            }
            entries.Add(new LogEntry(procedure.Id, previous.Version + 1, today, procedure.ChangeNote, sourceCommit, record));
        }

        foreach (var id in latest.Keys.Where(id => site.FindProcedure(id) is null).Order(StringComparer.Ordinal))
            problems.Report(PublishRules.PublishedGuideRemoved, SourceLocation.OfFile("input/procedures"),
                $"guide '{id}' was published (version {latest[id].Version}) but no file has that id any more");

        return new PublishPlan(entries, problems.Sorted());
    }
}
