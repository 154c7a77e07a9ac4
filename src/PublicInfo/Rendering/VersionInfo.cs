namespace PublicInfo.Rendering;

/// <summary>One published version of a guide as its history list shows it.</summary>
/// <param name="Changes">Field-level differences from the version before (empty for version 1).</param>
public sealed record VersionInfo(string Id, int Version, DateOnly Published, string? ChangeNote, string? SourceCommit,
    long LogIndex, byte[] Record, IReadOnlyList<string> Changes)
{
    public string DateText => DisplayText.Date(Published);
    public string PageUrl => SiteUrls.ProcedureVersion(Id, Version);
    public string RecordUrl => $"/data/procedures/{Id}/v{Version}.json";
    public string ProofUrl => $"/data/procedures/{Id}/v{Version}.tlog-proof";
}
