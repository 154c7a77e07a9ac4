using PublicInfo.Build;
using PublicInfo.Content;
using PublicInfo.Pipeline;
using PublicInfo.Transparency;

namespace PublicInfo.Publishing;

/// <summary><c>publish</c>: check everything, append one log entry per changed guide, sign a new checkpoint, build the site.</summary>
/// <remarks>Every check that can fail runs before the log is touched; the log is only appended to, and the build that
/// follows reads it back like any other build.</remarks>
public static class Publisher
{
    public sealed record Result(bool Succeeded, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<LogEntry> Appended, BuildResult? Build);

    public static Result Publish(BuildSettings settings, NoteSigner signer, bool allowDirty)
    {
        var problems = new List<Diagnostic>();
        var source = SourceRevision.Inspect(settings.Root);
        if (source.IsDirty && !allowDirty)
        {
            var paths = string.Join(", ", source.DirtyPaths.Take(5)) + (source.DirtyPaths.Count > 5 ? $" and {source.DirtyPaths.Count - 5} more" : "");
            problems.Add(Problem(PublishRules.DirtyWorkingTree, SourceLocation.OfFile("."), $"the working tree has uncommitted changes: {paths}"));
            return new Result(false, problems, [], null);
        }

        var check = SiteChecker.Check(settings.Root, settings.Today);
        if (check.HasErrors || check.Site is null) return new Result(false, check.Diagnostics, [], null);
        var site = check.Site;
        if (string.IsNullOrWhiteSpace(site.Config.LogOrigin))
            return new Result(false, [Problem(PublishRules.NoLogOrigin, site.Config.Source.At("log_origin"), "site.yml has no log_origin")], [], null);
        if (site.Config.PublicKey is { } configured && configured != signer.VerifierKey)
            return new Result(false, [Problem(PublishRules.WrongKey, site.Config.Source.At("public_key"),
                $"the key given signs as {signer.VerifierKey}, but site.yml publishes {configured}")], [], null);

        PublicationLog log;
        try { log = PublicationLog.Open(HistoryLoader.LogDirectory(settings.Root)); }
        catch (Exception e) when (e is InvalidDataException or FormatException)
        {
            return new Result(false, [BuildRules.DamagedLog(e)], [], null);
        }
        var plan = PublishPlanner.Plan(site, log.Entries.Select(LogEntry.Parse).ToList(), settings.Today, source.Commit);
        if (!plan.CanPublish) return new Result(false, [.. check.Diagnostics, .. plan.Problems], [], null);

        log.Append(plan.NewEntries.Select(e => e.ToBytes()).ToList(), signer, site.Config.LogOrigin);
        var build = SiteBuilder.Build(settings);
        return new Result(build.Succeeded, [.. check.Diagnostics, .. build.Diagnostics.Except(check.Diagnostics)], plan.NewEntries, build);
    }

    private static Diagnostic Problem(RuleDescriptor rule, SourceLocation location, string message) =>
        new(rule.Id, rule.Severity, location, message, rule.Fix);
}
