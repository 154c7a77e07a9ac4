using LibGit2Sharp;

namespace PublicInfo.Publishing;

/// <summary>The git commit a publication is made from, and whether the working tree has uncommitted changes.</summary>
public sealed record SourceRevision(string? Commit, bool IsDirty, IReadOnlyList<string> DirtyPaths)
{
    /// <summary>Reads the repository that holds <paramref name="root"/>; a root outside git has no commit and counts as dirty,
    /// since nothing would tie the publication to reviewed sources.</summary>
    public static SourceRevision Inspect(string root)
    {
        var discovered = Repository.Discover(Path.GetFullPath(root));
        if (discovered is null) return new SourceRevision(null, true, ["(not a git repository)"]);
        using var repository = new Repository(discovered);
        var commit = repository.Head.Tip?.Sha;
        var status = repository.RetrieveStatus(new StatusOptions { IncludeUntracked = true, RecurseUntrackedDirs = true });
        var dirty = status.Where(e => e.State != FileStatus.Ignored && e.State != FileStatus.Unaltered)
            .Select(e => e.FilePath).Order(StringComparer.Ordinal).ToList();
        return new SourceRevision(commit, commit is null || dirty.Count > 0, dirty);
    }
}
