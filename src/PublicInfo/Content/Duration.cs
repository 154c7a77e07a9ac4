namespace PublicInfo.Content;

/// <summary>A time limit such as 7 工作日.</summary>
public sealed record Duration(decimal Value, string Unit)
{
    public override string ToString() => $"{Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}{Unit}";
}
