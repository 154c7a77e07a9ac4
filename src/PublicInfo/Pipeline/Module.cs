namespace PublicInfo.Pipeline;

/// <summary>One step of a pipeline: takes the documents so far and returns the next ones.</summary>
public abstract class Module
{
    public abstract IReadOnlyList<Document> Execute(IReadOnlyList<Document> input, BuildContext context);

    /// <summary>The step's name in timing output; the class name unless overridden.</summary>
    public virtual string Name => GetType().Name;
}
