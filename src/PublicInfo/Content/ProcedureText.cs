namespace PublicInfo.Content;

/// <summary>Every free-text value of a guide with its key path, for rules and tools that read all of a guide's words.</summary>
public static class ProcedureText
{
    public static IEnumerable<(string Path, string Value)> Fields(Procedure p)
    {
        yield return ("title", p.Title);
        yield return ("summary", p.Summary);
        yield return ("authority", p.Authority);
        for (var i = 0; i < p.Aliases.Count; i++) yield return ($"aliases[{i}]", p.Aliases[i]);
        for (var i = 0; i < p.LegalBasis.Count; i++)
        {
            yield return ($"legal_basis[{i}].name", p.LegalBasis[i].Name);
            if (p.LegalBasis[i].Article is { } article) yield return ($"legal_basis[{i}].article", article);
        }
        for (var i = 0; i < p.Conditions.Count; i++) yield return ($"conditions[{i}]", p.Conditions[i]);
        for (var i = 0; i < p.Materials.Count; i++)
        {
            if (p.Materials[i].When is { } when) yield return ($"materials[{i}].when", when);
            if (p.Materials[i].Note is { } note) yield return ($"materials[{i}].note", note);
        }
        for (var i = 0; i < p.Steps.Count; i++)
        {
            yield return ($"steps[{i}].name", p.Steps[i].Name);
            yield return ($"steps[{i}].detail", p.Steps[i].Detail);
            if (p.Steps[i].Where is { } where) yield return ($"steps[{i}].where", where);
        }
        for (var i = 0; i < p.Fees.Count; i++)
        {
            yield return ($"fees[{i}].name", p.Fees[i].Name);
            yield return ($"fees[{i}].basis", p.Fees[i].Basis);
        }
        if (p.Visits.Reason is { } reason) yield return ("visits.reason", reason);
        if (p.Result?.Name is { } result) yield return ("result.name", result);
        if (p.Result?.Validity is { } validity) yield return ("result.validity", validity);
        if (p.ChangeNote is { } changeNote) yield return ("change_note", changeNote);
    }
}
