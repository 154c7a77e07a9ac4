namespace PublicInfo.Records;

/// <summary>One difference between two versions of a guide, worded for citizens and auditors.</summary>
/// <param name="Field">The record field it belongs to (materials, fees, time_limit ...).</param>
/// <param name="Kind">added, removed or changed.</param>
/// <param name="Description">e.g. 新增材料：居民户口簿, or 承诺办结时限：7工作日 → 5工作日.</param>
/// <param name="Substantive">Whether it changes what a citizen must do or pay (CONTENT-SCHEMA's list); such changes need a change note.</param>
public sealed record FieldChange(string Field, string Kind, string Description, bool Substantive);
