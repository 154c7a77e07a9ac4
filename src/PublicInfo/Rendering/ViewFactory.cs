using PublicInfo.Content;
using PublicInfo.Records;

namespace PublicInfo.Rendering;

/// <summary>Builds each page's view from the site model: resolved names, links, display texts, rendered bodies.</summary>
internal sealed class ViewFactory
{
    private readonly SiteModel _site;
    private readonly RenderOptions _options;

    public ViewFactory(SiteModel site, RenderOptions options)
    {
        _site = site;
        _options = options;
        Categories = site.Categories
            .Select(c => new CategoryView(c.Id, c.Name, c.Description, SiteUrls.Category(c.Id), site.ProceduresIn(c.Id).Count()))
            .ToList();
    }

    public IReadOnlyList<CategoryView> Categories { get; }

    public string Absolute(string url) => new Uri(new Uri(_site.Config.BaseUrl), url.TrimStart('/')).AbsoluteUri;

    public object? Create(PlannedPage page, Func<string, string> link) => (page.Layout, page.Model) switch
    {
        ("home", _) => Home(),
        ("a-z", _) => AToZ(),
        ("notices", _) => _site.Notices.Select(NoticeLink).ToList(),
        ("category", Category c) => new CategoryPageView(Categories.First(v => v.Id == c.Id), Links(_site.ProceduresIn(c.Id))),
        ("procedure", Procedure p) => Procedure(p, link),
        ("print", Procedure p) => Procedure(p, link, forPrint: true),
        ("version", VersionInfo v) => Archived(v, link),
        ("changes", _) => _options.PublishedHistory.Versions.Reverse().ToList(),
        ("transparency", _) => Transparency(),
        ("data", _) => DataPageContent.For(_site, _options.OpenDataFiles ?? OpenDataExporter.Files(_site)),
        ("document", DocumentType d) => new DocumentView(d, Links(_site.ProceduresNeeding(d.Id))),
        ("office", Office o) => new OfficePageView(Office(o), Links(_site.ProceduresAt(o.Id))),
        ("notice", Notice n) => new NoticeView(n.Title, DisplayText.Date(n.Date), MarkdownRenderer.ToHtml(n.Body, link),
            Links(n.Procedures.Select(_site.FindProcedure).OfType<Procedure>())),
        ("page", ContentPage c) => new ContentPageView(c.Title, MarkdownRenderer.ToHtml(c.Body, link)),
        _ => null,
    };

    private HomeView Home()
    {
        // "Most used" without analytics: per category, the guide citizens have the most everyday names for.
        var featured = _site.Categories
            .Select(c => _site.ProceduresIn(c.Id).Where(p => p.Status == "active")
                .OrderByDescending(p => p.Aliases.Count).ThenBy(p => p.Id, StringComparer.Ordinal).FirstOrDefault())
            .OfType<Procedure>();
        return new HomeView(Categories, Links(featured), _site.Notices.Take(5).Select(NoticeLink).ToList());
    }

    /// <summary>Every current guide under the initial of its title's pinyin, in pinyin order.</summary>
    private IReadOnlyList<AToZGroup> AToZ() =>
        _site.Procedures
            .Select(p => (Guide: p, Pinyin: Pinyin.Of(p.Title)))
            .OrderBy(x => x.Pinyin, StringComparer.Ordinal).ThenBy(x => x.Guide.Title, StringComparer.Ordinal)
            .ThenBy(x => x.Guide.Id, StringComparer.Ordinal)
            .GroupBy(x => Pinyin.Initial(x.Pinyin))
            .Select(g => new AToZGroup(g.Key == "#" ? "other" : g.Key, g.Key == "#" ? "其他" : g.Key, Links(g.Select(x => x.Guide))))
            .ToList();

    /// <param name="forPrint">The checklist shows no body, structured data, history or upcoming changes: skip making them
    /// (half the cost of a guide's view, paid again for each of thousands of print pages).</param>
    private ProcedureView Procedure(Procedure p, Func<string, string> link, bool forPrint = false)
    {
        var category = _site.FindCategory(p.Category);
        var materials = p.Materials.Select(m =>
        {
            var document = _site.FindDocument(m.Document);
            return new MaterialView(document?.Name ?? m.Document, document?.Issuer, document?.Note, document?.ELicense ?? false,
                SiteUrls.Document(m.Document), m.Originals, m.Copies, DisplayText.Count(m), m.Necessity, m.Form, m.When, m.Note);
        }).ToList();
        var offices = p.Offices.Select(_site.FindOffice).OfType<Office>().Select(Office).ToList();
        var fees = p.Fees.Select(f => new FeeView(f.Name, DisplayText.Fee(f), f.Basis)).ToList();
        var banner = p.Status switch
        {
            "suspended" => "本事项暂停办理。请先电话咨询后再前往。",
            "withdrawn" => "本事项已取消，本页仅供查阅。",
            _ => null,
        };
        var absolute = Absolute(SiteUrls.Procedure(p.Id));
        return new ProcedureView(p, category?.Name ?? p.Category, SiteUrls.Category(p.Category), SiteUrls.Procedure(p.Id),
            SiteUrls.ProcedurePrint(p.Id), absolute, materials, offices, fees,
            p.TimeLimit.Legal is null ? null : DisplayText.Duration(p.TimeLimit.Legal),
            p.TimeLimit.Promised is null ? null : DisplayText.Duration(p.TimeLimit.Promised),
            DisplayText.Visits(p.Visits), p.Visits.Max <= 1, DisplayText.Date(p.EffectiveFrom), banner,
            forPrint ? null : Upcoming(p),
            forPrint ? "" : MarkdownRenderer.ToHtml(p.Body, link),
            forPrint ? "" : GovernmentServiceJsonLd.Create(p, _site, absolute),
            forPrint ? null : History(p.Id));
    }

    private HistoryView? History(string id)
    {
        var versions = _options.PublishedHistory.Of(id);
        if (versions.Count == 0) return null;
        return new HistoryView(versions[0].DateText, versions[^1].DateText, versions.Count, versions.Reverse().ToList());
    }

    private ArchivedVersionView Archived(VersionInfo version, Func<string, string> link)
    {
        var archived = ProcedureRecordReader.Read(version.Record, version.RecordUrl);
        var latest = _options.PublishedHistory.Of(version.Id)[^1];
        return new ArchivedVersionView(Procedure(archived, link) with { Upcoming = null }, version, latest.Version == version.Version,
            SiteUrls.Procedure(version.Id));
    }

    private TransparencyView Transparency()
    {
        var history = _options.PublishedHistory;
        var checkpoint = history.SignedCheckpoint;
        var lines = checkpoint?.Split('\n') ?? [];
        return new TransparencyView(history.PublicKey, checkpoint, history.Versions.Count, lines.Length > 0 ? lines[0] : _site.Config.LogOrigin ?? "");
    }

    private UpcomingView? Upcoming(Procedure current)
    {
        if (_site.UpcomingVersionOf(current.Id) is not { } next) return null;
        var changes = RecordDiff.Compare(ProcedureRecord.Bytes(current, _site), ProcedureRecord.Bytes(next, _site))
            .Where(c => c.Field != "effective_from" && c.Field != "change_note")
            .Select(c => c.Description).ToList();
        return new UpcomingView(DisplayText.Date(next.EffectiveFrom), next.ChangeNote, changes);
    }

    private static OfficeView Office(Office o) =>
        new(o.Id, o.Name, o.Address, o.Hours, o.Phone, o.Accessible, o.Note, SiteUrls.Office(o.Id));

    private IReadOnlyList<ProcedureLink> Links(IEnumerable<Procedure> procedures) =>
        procedures.Select(p => new ProcedureLink(p.Id, p.Title, p.Summary, SiteUrls.Procedure(p.Id), p.Status,
            DisplayText.Status(p.Status), _site.FindCategory(p.Category)?.Name ?? p.Category)).ToList();

    private static NoticeLink NoticeLink(Notice n) => new(n.Title, DisplayText.Date(n.Date), SiteUrls.Notice(n.Slug));
}
