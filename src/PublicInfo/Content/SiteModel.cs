namespace PublicInfo.Content;

/// <summary>The whole site's content, loaded and cross-linked once; immutable, so every page renders from it in parallel.</summary>
public sealed class SiteModel
{
    private readonly Dictionary<string, Procedure> _procedures;
    private readonly Dictionary<string, Procedure> _upcoming;
    private readonly Dictionary<string, DocumentType> _documents;
    private readonly Dictionary<string, Office> _offices;
    private readonly Dictionary<string, Category> _categories;
    // Made when first asked for (the open-data catalogue), not with the model: building them took 35–40 ms of every
    // build's check of 10,000 guides, before any pipeline could start.
    private readonly Lazy<ILookup<string, Procedure>> _byCategory;
    private readonly Lazy<ILookup<string, Procedure>> _byDocument;
    private readonly Lazy<ILookup<string, Procedure>> _byOffice;

    public SiteModel(SiteConfig config, IEnumerable<Procedure> procedureVersions, IEnumerable<DocumentType> documents,
        IEnumerable<Office> offices, IEnumerable<Notice> notices, IEnumerable<ContentPage> pages, DateOnly today)
    {
        Config = config;
        Today = today;
        var (current, upcoming) = ScheduledVersions.Split(procedureVersions, today);
        Procedures = current;
        _procedures = current.ToDictionary(p => p.Id, StringComparer.Ordinal);
        _upcoming = upcoming.ToDictionary(p => p.Id, StringComparer.Ordinal);
        Documents = documents.OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
        _documents = Documents.GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        Offices = offices.OrderBy(o => o.Id, StringComparer.Ordinal).ToList();
        _offices = Offices.GroupBy(o => o.Id).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _categories = config.Categories.ToDictionary(c => c.Id, StringComparer.Ordinal);
        Notices = notices.OrderByDescending(n => n.Date).ThenBy(n => n.Slug, StringComparer.Ordinal).ToList();
        Pages = pages.OrderBy(p => p.Slug, StringComparer.Ordinal).ToList();

        // One pass each: reverse lookups are built from the guides, never by scanning guides per document or office.
        _byCategory = new(() => current.ToLookup(p => p.Category, StringComparer.Ordinal));
        _byDocument = new(() => current.SelectMany(p => p.Materials.Select(m => m.Document).Distinct().Select(d => (d, p)))
            .ToLookup(x => x.d, x => x.p, StringComparer.Ordinal));
        _byOffice = new(() => current.SelectMany(p => p.Offices.Distinct().Select(o => (o, p)))
            .ToLookup(x => x.o, x => x.p, StringComparer.Ordinal));
    }

    public SiteConfig Config { get; }

    /// <summary>The build date (<c>--now</c>): decides which scheduled version is current and which reviews are overdue.</summary>
    public DateOnly Today { get; }

    /// <summary>The version of each guide in force today, sorted by id.</summary>
    public IReadOnlyList<Procedure> Procedures { get; }

    public IReadOnlyList<DocumentType> Documents { get; }
    public IReadOnlyList<Office> Offices { get; }
    public IReadOnlyList<Category> Categories => Config.Categories;
    /// <summary>Newest first.</summary>
    public IReadOnlyList<Notice> Notices { get; }
    public IReadOnlyList<ContentPage> Pages { get; }

    public Procedure? FindProcedure(string id) => _procedures.GetValueOrDefault(id);
    public DocumentType? FindDocument(string id) => _documents.GetValueOrDefault(id);
    public Office? FindOffice(string id) => _offices.GetValueOrDefault(id);
    public Category? FindCategory(string id) => _categories.GetValueOrDefault(id);

    /// <summary>The next scheduled version of a guide, when one is announced.</summary>
    public Procedure? UpcomingVersionOf(string id) => _upcoming.GetValueOrDefault(id);

    /// <summary>Guides in a category, in id order.</summary>
    public IEnumerable<Procedure> ProceduresIn(string categoryId) => _byCategory.Value[categoryId];

    /// <summary>Every guide that asks for this document: the reverse lookup citizens need.</summary>
    public IEnumerable<Procedure> ProceduresNeeding(string documentId) => _byDocument.Value[documentId];

    /// <summary>Every guide handled at this office.</summary>
    public IEnumerable<Procedure> ProceduresAt(string officeId) => _byOffice.Value[officeId];
}
