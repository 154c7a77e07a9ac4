namespace PublicInfo.Content;

/// <summary>Reads a guide's front matter into a <see cref="Procedure"/>, reporting every schema problem.</summary>
internal static class ProcedureReader
{
    /// <summary>Null when a required part is missing or malformed (already reported).</summary>
    public static Procedure? Read(YamlMap root, YamlFile file, FrontMatter source, string defaultAuthority)
    {
        var id = IdReader.Read(root, "id");
        var title = root.String("title", required: true);
        var category = root.String("category", required: true);
        var itemType = root.OneOf("item_type", Vocabulary.ItemTypes);
        var codes = ReadCodes(root.Map("codes"));
        var summary = root.String("summary", required: true);
        var aliases = root.StringList("aliases");
        var authority = root.String("authority") ?? defaultAuthority;
        var legalBasis = root.MapList("legal_basis", required: true).Select(ReadLegalBasis).ToList();
        var audience = root.StringList("audience");
        var conditions = root.StringList("conditions");
        var materials = root.MapList("materials", required: true).Select(ReadMaterial).ToList();
        var steps = root.MapList("steps", required: true).Select(ReadStep).ToList();
        var timeLimit = ReadTimeLimit(root.Map("time_limit", required: true));
        var caseType = root.OneOf("case_type", Vocabulary.CaseTypes);
        var fees = root.MapList("fees", required: true).Select(ReadFee).ToList();
        var online = ReadOnline(root.Map("online"));
        var visits = ReadVisits(root.Map("visits", required: true));
        var scope = root.OneOf("scope", Vocabulary.Scopes);
        var offices = root.StringList("offices", required: true);
        var phones = ReadPhones(root.Map("phones", required: true));
        var result = ReadResult(root.Map("result"));
        var status = root.OneOf("status", Vocabulary.Statuses, required: true);
        var effectiveFrom = root.Date("effective_from", required: true);
        var reviewDue = root.Date("review_due");
        var changeNote = root.String("change_note");
        root.RejectUnknownKeys();

        if (id is null || title is null || category is null || summary is null || timeLimit is null || visits is null
            || phones is null || status is null || effectiveFrom is null
            || legalBasis.Contains(null) || materials.Contains(null) || steps.Contains(null) || fees.Contains(null))
            return null;

        return new Procedure
        {
            Id = id, Title = title, Category = category, ItemType = itemType, Codes = codes, Summary = summary,
            Aliases = aliases, Authority = authority, LegalBasis = legalBasis!, Audience = audience, Conditions = conditions,
            Materials = materials!, Steps = steps!, TimeLimit = timeLimit, CaseType = caseType, Fees = fees!, Online = online,
            Visits = visits, Scope = scope, Offices = offices, Phones = phones, Result = result, Status = status,
            EffectiveFrom = effectiveFrom.Value, ReviewDue = reviewDue, ChangeNote = changeNote,
            Body = source.Body, Source = file.ToSourceMap(source.BodyLine),
        };
    }

    private static ProcedureCodes? ReadCodes(YamlMap? map)
    {
        if (map is null) return null;
        var codes = new ProcedureCodes(map.String("catalog"), map.String("implementation"));
        map.RejectUnknownKeys();
        return codes;
    }

    private static LegalBasis? ReadLegalBasis(YamlMap map)
    {
        var name = map.String("name", required: true);
        var article = map.String("article");
        map.RejectUnknownKeys();
        return name is null ? null : new LegalBasis(name, article);
    }

    private static Material? ReadMaterial(YamlMap map)
    {
        var document = map.String("document", required: true);
        var originals = map.Int("originals");
        var copies = map.Int("copies");
        var necessity = map.OneOf("necessity", Vocabulary.Necessities, required: true);
        var form = map.OneOf("form", Vocabulary.Forms);
        var when = map.String("when");
        var note = map.String("note");
        map.RejectUnknownKeys();
        if (document is null || necessity is null) return null;
        return new Material
        {
            Document = document, Originals = originals ?? 0, Copies = copies ?? 0, Necessity = necessity,
            Form = form, When = NullIfEmpty(when), Note = NullIfEmpty(note),
        };
    }

    private static Step? ReadStep(YamlMap map)
    {
        var name = map.String("name", required: true);
        var detail = map.String("detail", required: true);
        var where = map.String("where");
        map.RejectUnknownKeys();
        return name is null || detail is null ? null : new Step(name, detail, where);
    }

    private static TimeLimit? ReadTimeLimit(YamlMap? map)
    {
        if (map is null) return null;
        var legal = ReadDuration(map.Map("legal"));
        var promised = ReadDuration(map.Map("promised"));
        map.RejectUnknownKeys();
        return new TimeLimit(legal, promised);
    }

    private static Duration? ReadDuration(YamlMap? map)
    {
        if (map is null) return null;
        var value = map.Decimal("value", required: true);
        var unit = map.OneOf("unit", Vocabulary.TimeUnits, required: true);
        map.RejectUnknownKeys();
        return value is null || unit is null ? null : new Duration(value.Value, unit);
    }

    private static Fee? ReadFee(YamlMap map)
    {
        var name = map.String("name", required: true);
        var amount = map.Decimal("amount", required: true);
        var unit = map.String("unit");
        // A missing basis is its own rule (PI1106), so it is read as optional here.
        var basis = map.String("basis");
        map.RejectUnknownKeys();
        return name is null || amount is null ? null : new Fee(name, amount.Value, unit, basis ?? "");
    }

    private static OnlineService? ReadOnline(YamlMap? map)
    {
        if (map is null) return null;
        var online = new OnlineService(map.Bool("available") ?? false, map.Int("depth"), NullIfEmpty(map.String("url")),
            map.Bool("appointment") ?? false);
        map.RejectUnknownKeys();
        return online;
    }

    private static Visits? ReadVisits(YamlMap? map)
    {
        if (map is null) return null;
        var max = map.Int("max", required: true);
        var reason = map.String("reason");
        map.RejectUnknownKeys();
        return max is null ? null : new Visits(max.Value, NullIfEmpty(reason));
    }

    private static Phones? ReadPhones(YamlMap? map)
    {
        if (map is null) return null;
        var consult = map.String("consult", required: true);
        var complaint = map.String("complaint", required: true);
        map.RejectUnknownKeys();
        return consult is null || complaint is null ? null : new Phones(consult, complaint);
    }

    private static ServiceResult? ReadResult(YamlMap? map)
    {
        if (map is null) return null;
        var result = new ServiceResult(map.String("name"), map.String("validity"));
        map.RejectUnknownKeys();
        return result;
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
