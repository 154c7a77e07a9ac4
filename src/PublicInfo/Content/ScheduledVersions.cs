namespace PublicInfo.Content;

/// <summary>Splits the files of each guide id into the version in force and the next announced one.</summary>
/// <remarks>An editor schedules a change by adding a second file with the same id and a later effective_from;
/// both are kept so the page can announce "自 YYYY-MM-DD 起" before the date and switch by itself on it.</remarks>
public static class ScheduledVersions
{
    public static (IReadOnlyList<Procedure> Current, IReadOnlyList<Procedure> Upcoming) Split(
        IEnumerable<Procedure> versions, DateOnly today)
    {
        var current = new List<Procedure>();
        var upcoming = new List<Procedure>();
        foreach (var group in versions.GroupBy(p => p.Id, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            // Nearly every guide has one file: it is in force, whatever its date, and nothing is announced.
            if (group.Count() == 1)
            {
                current.Add(group.First());
                continue;
            }
            var ordered = group.OrderBy(p => p.EffectiveFrom).ThenBy(p => p.Source.File, StringComparer.Ordinal).ToList();
            // In force: the latest version already effective; if none is yet, the first one (shown as upcoming-only).
            var inForce = ordered.LastOrDefault(p => p.EffectiveFrom <= today) ?? ordered[0];
            current.Add(inForce);
            var next = ordered.FirstOrDefault(p => p.EffectiveFrom > today && p.EffectiveFrom > inForce.EffectiveFrom);
            if (next is not null) upcoming.Add(next);
        }
        return (current, upcoming);
    }
}
