namespace PublicInfo.Tests.Support;

/// <summary>Runs the publicinfo command in-process, capturing what it prints.</summary>
public static class CliRunner
{
    public static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = PublicInfo.Cli.Program.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
