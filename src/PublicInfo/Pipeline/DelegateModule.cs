namespace PublicInfo.Pipeline;

/// <summary>A module written inline, for steps too small to deserve a class.</summary>
public sealed class DelegateModule(string name, Func<IReadOnlyList<Document>, BuildContext, IReadOnlyList<Document>> execute) : Module
{
    public override string Name => name;

    public override IReadOnlyList<Document> Execute(IReadOnlyList<Document> input, BuildContext context) => execute(input, context);
}
