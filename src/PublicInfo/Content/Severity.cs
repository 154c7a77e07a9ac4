namespace PublicInfo.Content;

/// <summary>How serious a diagnostic is: errors stop the build, warnings do not.</summary>
public enum Severity
{
    /// <summary>Worth knowing, nothing to fix yet (e.g. a review falls due soon).</summary>
    Info,
    Warning,
    Error,
}
