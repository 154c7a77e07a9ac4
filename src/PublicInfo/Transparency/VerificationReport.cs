namespace PublicInfo.Transparency;

/// <summary>What <c>verify</c> found: every problem, named precisely, and what was checked.</summary>
public sealed record VerificationReport(IReadOnlyList<string> Problems, IReadOnlyList<string> Checked)
{
    public bool Ok => Problems.Count == 0;
}
