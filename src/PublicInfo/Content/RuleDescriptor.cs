namespace PublicInfo.Content;

/// <summary>A validation rule's identity: a stable id editors can search for, its severity, and the usual fix.</summary>
public sealed record RuleDescriptor(string Id, Severity Severity, string Title, string Fix);
