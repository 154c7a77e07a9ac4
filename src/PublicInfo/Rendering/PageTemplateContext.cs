using System.Collections.Concurrent;
using Scriban;
using Scriban.Runtime;

namespace PublicInfo.Rendering;

/// <summary>
/// The Scriban context a page renders in. Every page gets its own (contexts hold the page's variables), but the
/// costly parts that do not depend on the page are made once for the whole build: the built-in functions with ours
/// (<see cref="TemplateFunctions"/>), and the reflection over each view type's members. Scriban would otherwise
/// rebuild both for each of 20,000 pages.
/// </summary>
public sealed class PageTemplateContext : TemplateContext
{
    // Templates only read the built-ins (assignments land in the page's own globals), so one set serves all threads.
    private static readonly ScriptObject SharedBuiltins = CreateBuiltins();

    // The accessor Scriban picks depends only on the type, given the fixed renamer and filter below.
    private static readonly ConcurrentDictionary<Type, IObjectAccessor> Accessors = new();

    /// <param name="link">Turns a site path into a link from this page.</param>
    /// <param name="assetUrls">Theme asset paths and their content-hashed URLs.</param>
    public PageTemplateContext(Func<string, string> link, IReadOnlyDictionary<string, string> assetUrls) : base(SharedBuiltins)
    {
        Link = link;
        AssetUrls = assetUrls;
        TemplateLoader = Theme.Loader;
        StrictVariables = true;
        LoopLimit = int.MaxValue;
        MemberRenamer = StandardMemberRenamer.Default;
    }

    /// <summary>Turns a site path into a link from the page being rendered.</summary>
    public Func<string, string> Link { get; }

    /// <summary>Theme asset paths and their content-hashed URLs.</summary>
    public IReadOnlyDictionary<string, string> AssetUrls { get; }

    private static ScriptObject CreateBuiltins()
    {
        var builtins = GetDefaultBuiltinObject();
        builtins.Import(typeof(TemplateFunctions), renamer: StandardMemberRenamer.Default);
        return builtins;
    }

    protected override IObjectAccessor GetMemberAccessorImpl(object target)
    {
        // ScriptObjects and other dynamic values keep Scriban's own handling; plain view records are cached.
        if (target is null || target is IScriptObject || target is string || target.GetType().IsPrimitive)
            return base.GetMemberAccessorImpl(target!);
        return Accessors.GetOrAdd(target.GetType(), _ => base.GetMemberAccessorImpl(target));
    }
}
