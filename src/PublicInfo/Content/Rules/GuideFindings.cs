using System.Runtime.CompilerServices;

namespace PublicInfo.Content.Rules;

/// <summary>
/// What the guide rules (<see cref="IGuideRule"/>) found in each guide, kept by a process that checks the same site
/// again and again (the build server, preview) with the guide's parse: a guide file whose parse is the same object as
/// last time (its bytes did not change) gets the same findings while the date, the ids and the pages the rules look up
/// are the same too. Checking 10,000 guides with every rule took 130–230 ms of each one-guide build, before anything
/// else could start; now the edited guide is checked again and the rest are looked up.
/// </summary>
/// <remarks>Thread-safe for lookups; <see cref="Begin"/> is called once per check, before them.</remarks>
public sealed class GuideFindings
{
    private ConditionalWeakTable<Procedure, IReadOnlyList<Diagnostic>> _byGuide = new();
    private Setting? _setting;
    private int _checked;

    /// <summary>Guide files checked (not looked up) by the check since the last <see cref="Begin"/>, for tests and reports.</summary>
    public int Checked => _checked;

    /// <summary>Starts a check in <paramref name="context"/>: the findings kept so far stay when it looks up the same
    /// date, ids and pages as the last check; else none do.</summary>
    public void Begin(RuleContext context)
    {
        var setting = new Setting(context.Today, context.CategoryIds, context.DocumentIds, context.OfficeIds, context.Pages);
        if (_setting is null || !_setting.Matches(setting)) _byGuide = new ConditionalWeakTable<Procedure, IReadOnlyList<Diagnostic>>();
        _setting = setting;
        _checked = 0;
    }

    /// <summary>What the rules found in <paramref name="procedure"/>: kept, or found by <paramref name="find"/> and kept.</summary>
    public IReadOnlyList<Diagnostic> Of(Procedure procedure, Func<Procedure, IReadOnlyList<Diagnostic>> find) =>
        _byGuide.GetValue(procedure, p =>
        {
            Interlocked.Increment(ref _checked);
            return find(p);
        });

    /// <summary>Everything besides the guide that a guide rule may look at.</summary>
    private sealed record Setting(DateOnly Today, IReadOnlySet<string> CategoryIds, IReadOnlySet<string> DocumentIds,
        IReadOnlySet<string> OfficeIds, IReadOnlySet<string>? Pages)
    {
        public bool Matches(Setting other) => Today == other.Today
            && CategoryIds.SetEquals(other.CategoryIds) && DocumentIds.SetEquals(other.DocumentIds) && OfficeIds.SetEquals(other.OfficeIds)
            && (Pages is null ? other.Pages is null : other.Pages is not null && Pages.SetEquals(other.Pages));
    }
}
