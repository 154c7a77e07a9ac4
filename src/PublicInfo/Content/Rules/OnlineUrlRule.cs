namespace PublicInfo.Content.Rules;

/// <summary>PI1108: a guide that says it can be done online must say where.</summary>
public sealed class OnlineUrlRule : ProcedureRule
{
    public override RuleDescriptor Descriptor { get; } = new("PI1108", Severity.Error, "online service without url",
        "add online.url, or set online.available: false");

    protected override void Check(Procedure procedure, RuleContext context, DiagnosticBag diagnostics)
    {
        if (procedure.Online is { Available: true, Url: null })
            Report(diagnostics, procedure.Source.At("online.available"), "online.available is true but online.url is missing");
    }
}
