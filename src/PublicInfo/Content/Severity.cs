namespace PublicInfo.Content;

/// <summary>How serious a diagnostic is: errors stop the build, warnings do not.</summary>
public enum Severity
{
    Warning,
    Error,
}
