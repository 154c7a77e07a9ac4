using System.Text.Json;
using PublicInfo.Content;

namespace PublicInfo.Records;

/// <summary>Reads a canonical record back into a <see cref="Procedure"/>, so an archived version from the log can be
/// rendered with the same templates as the current one.</summary>
public static class ProcedureRecordReader
{
    public static Procedure Read(byte[] record, string sourceLabel)
    {
        using var json = JsonDocument.Parse(record);
        var r = json.RootElement;
        return new Procedure
        {
            Id = Str(r, "id")!,
            Title = Str(r, "title")!,
            Category = Str(r, "category")!,
            ItemType = Str(r, "item_type"),
            Codes = Obj(r, "codes") is { } codes ? new ProcedureCodes(Str(codes, "catalog"), Str(codes, "implementation")) : null,
            Summary = Str(r, "summary") ?? "",
            Aliases = Strings(r, "aliases"),
            Authority = Str(r, "authority") ?? "",
            LegalBasis = Items(r, "legal_basis").Select(b => new LegalBasis(Str(b, "name")!, Str(b, "article"))).ToList(),
            Audience = Strings(r, "audience"),
            Conditions = Strings(r, "conditions"),
            Materials = Items(r, "materials").Select(m => new Material
            {
                Document = Str(m, "document")!, Originals = m.GetProperty("originals").GetInt32(), Copies = m.GetProperty("copies").GetInt32(),
                Necessity = Str(m, "necessity")!, Form = Str(m, "form"), When = Str(m, "when"), Note = Str(m, "note"),
            }).ToList(),
            Steps = Items(r, "steps").Select(s => new Step(Str(s, "name")!, Str(s, "detail")!, Str(s, "where"))).ToList(),
            TimeLimit = new TimeLimit(Duration(r.GetProperty("time_limit"), "legal"), Duration(r.GetProperty("time_limit"), "promised")),
            CaseType = Str(r, "case_type"),
            Fees = Items(r, "fees").Select(f => new Fee(Str(f, "name")!, f.GetProperty("amount").GetDecimal(), Str(f, "unit"), Str(f, "basis") ?? "")).ToList(),
            Online = Obj(r, "online") is { } online
                ? new OnlineService(online.GetProperty("available").GetBoolean(),
                    online.GetProperty("depth").ValueKind == JsonValueKind.Number ? online.GetProperty("depth").GetInt32() : null,
                    Str(online, "url"), online.GetProperty("appointment").GetBoolean())
                : null,
            Visits = new Visits(r.GetProperty("visits").GetProperty("max").GetInt32(), Str(r.GetProperty("visits"), "reason")),
            Scope = Str(r, "scope"),
            Offices = Items(r, "offices").Select(o => Str(o, "id")!).ToList(),
            Phones = new Phones(Str(r.GetProperty("phones"), "consult")!, Str(r.GetProperty("phones"), "complaint")!),
            Result = Obj(r, "result") is { } result ? new ServiceResult(Str(result, "name"), Str(result, "validity")) : null,
            Status = Str(r, "status")!,
            EffectiveFrom = DateOnly.ParseExact(Str(r, "effective_from")!, "yyyy-MM-dd"),
            ReviewDue = Str(r, "review_due") is { } due ? DateOnly.ParseExact(due, "yyyy-MM-dd") : null,
            ChangeNote = Str(r, "change_note"),
            Body = Str(r, "body") ?? "",
            Source = new SourceMap(sourceLabel, new Dictionary<string, SourceLocation>(), 0),
        };
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static JsonElement? Obj(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Object ? v : null;

    private static IEnumerable<JsonElement> Items(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? v.EnumerateArray() : [];

    private static IReadOnlyList<string> Strings(JsonElement e, string name) => Items(e, name).Select(x => x.GetString() ?? "").ToList();

    private static Content.Duration? Duration(JsonElement e, string name) =>
        Obj(e, name) is { } d ? new Content.Duration(d.GetProperty("value").GetDecimal(), Str(d, "unit")!) : null;
}
