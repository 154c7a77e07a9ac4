namespace PublicInfo.Pipeline;

/// <summary>A named recipe of modules run in order, after the pipelines it depends on.</summary>
public sealed class Pipeline(string name, IReadOnlyList<string> dependsOn, IReadOnlyList<Module> modules)
{
    public string Name { get; } = name;
    public IReadOnlyList<string> DependsOn { get; } = dependsOn;
    public IReadOnlyList<Module> Modules { get; } = modules;

    public IReadOnlyList<Document> Execute(BuildContext context)
    {
        IReadOnlyList<Document> documents = [];
        foreach (var module in Modules)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            documents = module.Execute(documents, context);
        }
        return documents;
    }
}
