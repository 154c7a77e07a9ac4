namespace PublicInfo.Cli;

/// <summary>The exit codes scripts rely on (ARCHITECTURE.md, command line).</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int Problems = 1;
    public const int Usage = 2;
}
