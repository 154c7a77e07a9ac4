namespace PublicInfo.Content;

/// <summary>咨询电话 and 投诉电话.</summary>
public sealed record Phones(string Consult, string Complaint);
