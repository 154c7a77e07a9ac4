namespace PublicInfo.Search;

/// <summary>One guide as search sees it.</summary>
/// <param name="Id">Stable identifier; also the final tie-breaker through document order.</param>
/// <param name="Url">Site-relative URL of the guide page.</param>
/// <param name="Title">Guide title, e.g. 二手车过户.</param>
/// <param name="Aliases">Colloquial phrasings citizens use (过户, 驾照到期).</param>
/// <param name="Summary">One or two sentences shown under the result.</param>
/// <param name="CategoryId">Category key used by the category filter.</param>
/// <param name="CategoryName">Category name shown to the user and searched with low weight.</param>
/// <param name="Materials">Document names required by the guide, plus their catalogue aliases.</param>
/// <param name="Conditions">Eligibility conditions.</param>
/// <param name="Steps">Procedure steps.</param>
/// <param name="Body">The rest of the page as plain text.</param>
public sealed record SearchDocument(string Id, string Url, string Title, IReadOnlyList<string> Aliases, string Summary,
    string CategoryId, string CategoryName, IReadOnlyList<string> Materials,
    IReadOnlyList<string> Conditions, IReadOnlyList<string> Steps, string Body);
