namespace PublicInfo.Content.Rules;

/// <summary>PI1102: every material must name a document type from documents.yml.</summary>
public sealed class UnknownDocumentRule : ProcedureRule
{
    public override RuleDescriptor Descriptor { get; } = new("PI1102", Severity.Error, "unknown document id",
        "use an id from input/documents.yml, or add the document type there");

    protected override void Check(Procedure procedure, RuleContext context, DiagnosticBag diagnostics)
    {
        for (var i = 0; i < procedure.Materials.Count; i++)
        {
            var id = procedure.Materials[i].Document;
            if (!context.DocumentIds.Contains(id))
                Report(diagnostics, procedure.Source.At($"materials[{i}].document"), $"document '{id}' is not in input/documents.yml");
        }
    }
}
