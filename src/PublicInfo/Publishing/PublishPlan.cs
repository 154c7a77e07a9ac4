using PublicInfo.Content;

namespace PublicInfo.Publishing;

/// <summary>What a publication would append, and the problems that stop it.</summary>
public sealed record PublishPlan(IReadOnlyList<LogEntry> NewEntries, IReadOnlyList<Diagnostic> Problems)
{
    public bool CanPublish => Problems.All(p => p.Severity != Severity.Error);
}
