namespace PublicInfo.Content;

/// <summary>Whether and how deep the procedure can be done online.</summary>
public sealed record OnlineService(bool Available, int? Depth, string? Url, bool Appointment);
