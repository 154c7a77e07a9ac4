namespace PublicInfo.Content;

/// <summary>Everything read from site/ and input/, before validation: every version of every guide, as files hold them.</summary>
public sealed record ContentSet(
    SiteConfig Config,
    IReadOnlyList<Procedure> ProcedureVersions,
    IReadOnlyList<DocumentType> Documents,
    IReadOnlyList<Office> Offices,
    IReadOnlyList<Notice> Notices,
    IReadOnlyList<ContentPage> Pages,
    string Synonyms)
{
    public SiteModel ToModel(DateOnly today) => new(Config, ProcedureVersions, Documents, Offices, Notices, Pages, today);
}
