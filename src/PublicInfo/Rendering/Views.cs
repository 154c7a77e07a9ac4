using PublicInfo.Content;

namespace PublicInfo.Rendering;

// The view records templates read. Templates see them with snake_case names (Scriban's default renamer):
// ProcedureLink.CategoryName is {{ item.category_name }}. They are plain data, built once per page.

/// <summary>A category with its link and how many guides it holds.</summary>
public sealed record CategoryView(string Id, string Name, string? Description, string Url, int Count);

/// <summary>A guide in a list: enough to choose it.</summary>
public sealed record ProcedureLink(string Id, string Title, string Summary, string Url, string Status, string StatusText, string CategoryName);

/// <summary>One required document of a guide, with its catalogue entry resolved.</summary>
public sealed record MaterialView(string Name, string? Issuer, string? DocumentNote, bool ELicense, string Url,
    int Originals, int Copies, string CountText, string Necessity, string? Form, string? When, string? Note);

/// <summary>A service hall as a guide shows it.</summary>
public sealed record OfficeView(string Id, string Name, string Address, IReadOnlyList<OpeningHours> Hours, string Phone,
    bool Accessible, string? Note, string Url);

/// <summary>A fee with its display text (e.g. 120元/本).</summary>
public sealed record FeeView(string Name, string AmountText, string Basis);

/// <summary>A notice in a list or on its page.</summary>
public sealed record NoticeLink(string Title, string DateText, string Url);

/// <summary>A group of the A–Z list.</summary>
public sealed record AToZGroup(string Key, string Name, IReadOnlyList<ProcedureLink> Procedures);

/// <summary>The announcement of a scheduled change shown above the guide.</summary>
public sealed record UpcomingView(string DateText, string? ChangeNote, IReadOnlyList<string> Changes);

/// <summary>The whole guide page.</summary>
public sealed record ProcedureView(
    Procedure Procedure, string CategoryName, string CategoryUrl, string Url, string PrintUrl, string AbsoluteUrl,
    IReadOnlyList<MaterialView> Materials, IReadOnlyList<OfficeView> Offices, IReadOnlyList<FeeView> Fees,
    string? LegalTimeText, string? PromisedTimeText, string VisitsText, bool OneTrip, string EffectiveText,
    string? StatusBanner, UpcomingView? Upcoming, string BodyHtml, string JsonLd, HistoryView? History);

/// <summary>A document type's page: what it is and every guide that asks for it.</summary>
public sealed record DocumentView(DocumentType Document, IReadOnlyList<ProcedureLink> Procedures);

/// <summary>A service hall's page with the guides handled there.</summary>
public sealed record OfficePageView(OfficeView Office, IReadOnlyList<ProcedureLink> Procedures);

/// <summary>A category's page.</summary>
public sealed record CategoryPageView(CategoryView Category, IReadOnlyList<ProcedureLink> Procedures);

/// <summary>The home page.</summary>
public sealed record HomeView(IReadOnlyList<CategoryView> Categories, IReadOnlyList<ProcedureLink> Featured, IReadOnlyList<NoticeLink> Notices);

/// <summary>A notice's page.</summary>
public sealed record NoticeView(string Title, string DateText, string BodyHtml, IReadOnlyList<ProcedureLink> Procedures);

/// <summary>A content page (about, contact, accessibility).</summary>
public sealed record ContentPageView(string Title, string BodyHtml);

/// <summary>The publication facts shown on a guide: first and last publication and every version.</summary>
public sealed record HistoryView(string FirstPublished, string LastUpdated, int Count, IReadOnlyList<VersionInfo> Versions);

/// <summary>An archived version: the guide as it was, and how it relates to the current one.</summary>
public sealed record ArchivedVersionView(ProcedureView Guide, VersionInfo Version, bool IsCurrent, string CurrentUrl);

/// <summary>The /transparency/ page: how to verify, the key, the latest checkpoint.</summary>
public sealed record TransparencyView(string? PublicKey, string? Checkpoint, long Size, string Origin);
