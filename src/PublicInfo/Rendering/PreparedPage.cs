namespace PublicInfo.Rendering;

/// <summary>A planned page with its view built and its <see cref="PageKey"/>: enough to decide whether it needs rendering.</summary>
public sealed class PreparedPage
{
    internal PreparedPage(PlannedPage page, object? model, Func<string, string> link, string key)
    {
        Page = page;
        Model = model;
        Link = link;
        Key = key;
    }

    public PlannedPage Page { get; }

    /// <summary>Equal keys mean byte-identical HTML.</summary>
    public string Key { get; }

    internal object? Model { get; }

    internal Func<string, string> Link { get; }
}
