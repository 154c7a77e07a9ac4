using System.Globalization;
using System.Text;
using PublicInfo.Content;

namespace PublicInfo.Benchmarks;

/// <summary>Turns a generated site root into a Hugo site with the same guides: one content file per guide whose
/// front matter carries the fields our guide page shows, and a minimal layout that lists them.</summary>
public static class HugoSite
{
    private static readonly UTF8Encoding Utf8 = new(false);

    public static int Write(string siteRoot, string hugoRoot)
    {
        var diagnostics = new DiagnosticBag();
        var content = ContentLoader.Load(siteRoot, diagnostics)
            ?? throw new InvalidOperationException($"cannot read the site at {siteRoot}");
        var documents = content.Documents.ToDictionary(d => d.Id, d => d.Name, StringComparer.Ordinal);
        var offices = content.Offices.ToDictionary(o => o.Id, o => o, StringComparer.Ordinal);
        var categories = content.Config.Categories.ToDictionary(c => c.Id, c => c.Name, StringComparer.Ordinal);

        QuietDisk.Delete(hugoRoot);
        Directory.CreateDirectory(Path.Combine(hugoRoot, "content", "procedures"));
        Write(hugoRoot, "hugo.toml",
            $"baseURL = \"{content.Config.BaseUrl}\"\nlanguageCode = \"zh-cn\"\ndefaultContentLanguage = \"zh\"\nhasCJKLanguage = true\n" +
            $"title = \"{content.Config.Title}\"\ndisableKinds = [\"taxonomy\", \"term\"]\n");
        Write(hugoRoot, "layouts/_default/baseof.html", BaseOf);
        Write(hugoRoot, "layouts/_default/single.html", Single);
        Write(hugoRoot, "layouts/_default/list.html", List);
        Write(hugoRoot, "layouts/index.html", List);

        var procedures = content.ProcedureVersions;
        Parallel.For(0, procedures.Count, i =>
        {
            var p = procedures[i];
            var f = new StringBuilder(4096);
            f.Append("---\n");
            f.Append("title: ").Append(Yaml.Scalar(p.Title)).Append('\n');
            f.Append("date: ").Append(p.EffectiveFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
            f.Append("summary: ").Append(Yaml.Scalar(p.Summary)).Append('\n');
            f.Append("category: ").Append(Yaml.Scalar(categories.GetValueOrDefault(p.Category, p.Category))).Append('\n');
            f.Append("item_type: ").Append(Yaml.Scalar(p.ItemType ?? "")).Append('\n');
            f.Append("authority: ").Append(Yaml.Scalar(p.Authority)).Append('\n');
            f.Append("keywords: ").Append(Yaml.FlowList(p.Aliases)).Append('\n');
            f.Append("legal_basis:\n");
            foreach (var l in p.LegalBasis) f.Append("  - ").Append(Yaml.Scalar(l.Name + (l.Article is null ? "" : " " + l.Article))).Append('\n');
            f.Append("conditions:\n");
            foreach (var c in p.Conditions) f.Append("  - ").Append(Yaml.Scalar(c)).Append('\n');
            f.Append("materials:\n");
            foreach (var m in p.Materials)
            {
                f.Append("  - { name: ").Append(Yaml.Scalar(documents.GetValueOrDefault(m.Document, m.Document)))
                 .Append(", originals: ").Append(m.Originals.ToString(CultureInfo.InvariantCulture))
                 .Append(", copies: ").Append(m.Copies.ToString(CultureInfo.InvariantCulture))
                 .Append(", necessity: ").Append(Yaml.Scalar(m.Necessity))
                 .Append(", when: ").Append(Yaml.Scalar(m.When ?? "")).Append(" }\n");
            }
            f.Append("steps:\n");
            foreach (var s in p.Steps) f.Append("  - { name: ").Append(Yaml.Scalar(s.Name)).Append(", detail: ").Append(Yaml.Scalar(s.Detail)).Append(" }\n");
            f.Append("time_limit: ").Append(Yaml.Scalar($"法定{p.TimeLimit.Legal}，承诺{p.TimeLimit.Promised}")).Append('\n');
            f.Append("fees:\n");
            foreach (var fee in p.Fees)
                f.Append("  - ").Append(Yaml.Scalar(string.Create(CultureInfo.InvariantCulture, $"{fee.Name} {fee.Amount}元/{fee.Unit}（{fee.Basis}）"))).Append('\n');
            f.Append("visits: ").Append(p.Visits.Max.ToString(CultureInfo.InvariantCulture)).Append('\n');
            f.Append("offices:\n");
            foreach (var o in p.Offices)
                if (offices.TryGetValue(o, out var office)) f.Append("  - ").Append(Yaml.Scalar($"{office.Name}，{office.Address}，{office.Phone}")).Append('\n');
            f.Append("consult: ").Append(Yaml.Scalar(p.Phones.Consult)).Append('\n');
            f.Append("complaint: ").Append(Yaml.Scalar(p.Phones.Complaint)).Append('\n');
            f.Append("status: ").Append(p.Status).Append('\n');
            f.Append("---\n");
            f.Append(p.Body);
            Write(hugoRoot, $"content/procedures/{p.Id}.md", f.ToString());
        });
        return procedures.Count;
    }

    private static void Write(string root, string relative, string text)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, Utf8);
    }

    private const string BaseOf = """
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head><meta charset="utf-8"><title>{{ .Title }} - {{ .Site.Title }}</title></head>
        <body>{{ block "main" . }}{{ end }}</body>
        </html>
        """;

    private const string Single = """
        {{ define "main" }}
        <main data-pagefind-body>
        <h1>{{ .Title }}</h1>
        <p>{{ .Params.summary }}</p>
        <dl><dt>类别</dt><dd>{{ .Params.category }}</dd><dt>事项类型</dt><dd>{{ .Params.item_type }}</dd>
        <dt>实施主体</dt><dd>{{ .Params.authority }}</dd><dt>办理时限</dt><dd>{{ .Params.time_limit }}</dd>
        <dt>到现场次数</dt><dd>{{ .Params.visits }}</dd><dt>咨询电话</dt><dd>{{ .Params.consult }}</dd><dt>投诉电话</dt><dd>{{ .Params.complaint }}</dd></dl>
        <h2>受理条件</h2><ul>{{ range .Params.conditions }}<li>{{ . }}</li>{{ end }}</ul>
        <h2>申请材料</h2><table><tr><th>材料</th><th>原件</th><th>复印件</th><th>要求</th><th>说明</th></tr>
        {{ range .Params.materials }}<tr><td>{{ .name }}</td><td>{{ .originals }}</td><td>{{ .copies }}</td><td>{{ .necessity }}</td><td>{{ .when }}</td></tr>{{ end }}</table>
        <h2>办理流程</h2><ol>{{ range .Params.steps }}<li><b>{{ .name }}</b> {{ .detail }}</li>{{ end }}</ol>
        <h2>收费</h2><ul>{{ range .Params.fees }}<li>{{ . }}</li>{{ else }}<li>免费</li>{{ end }}</ul>
        <h2>设定依据</h2><ul>{{ range .Params.legal_basis }}<li>{{ . }}</li>{{ end }}</ul>
        <h2>办理地点</h2><ul>{{ range .Params.offices }}<li>{{ . }}</li>{{ end }}</ul>
        {{ .Content }}
        </main>
        {{ end }}
        """;

    private const string List = """
        {{ define "main" }}
        <h1>{{ .Title }}</h1>
        <ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Params.summary }}</li>{{ end }}</ul>
        {{ end }}
        """;
}
