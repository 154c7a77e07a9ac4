namespace PublicInfo.Records;

/// <summary>A dataset of the DCAT catalogue: a group of downloads of the same records in different formats.</summary>
/// <param name="Id">Stable key, the fragment of the dataset's IRI (<c>data/#procedures</c>).</param>
/// <param name="Title">Chinese title.</param>
/// <param name="Description">What one record is and what it is for.</param>
/// <param name="Keywords">dcat:keyword values.</param>
/// <param name="ConformsTo">URLs of the specifications the files follow (JSON Schema, HSDS), possibly none.</param>
public sealed record OpenDataset(string Id, string Title, string Description, IReadOnlyList<string> Keywords,
    IReadOnlyList<string> ConformsTo);
