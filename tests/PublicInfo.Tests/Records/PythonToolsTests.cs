using System.Diagnostics;
using PublicInfo.Content;
using PublicInfo.Records;
using Xunit.Abstractions;

namespace PublicInfo.Tests.Records;

/// <summary>The files load with the tools an outside developer would use: Python's csv and json modules and the
/// jsonschema package (Draft 2020-12 with format checking), when it is installed.</summary>
public class PythonToolsTests(ITestOutputHelper output)
{
    private const string Script = """
        import csv, json, os, sys
        root = sys.argv[1]
        def rows(p):
            with open(os.path.join(root, p), encoding="utf-8-sig", newline="") as f:
                return list(csv.DictReader(f))
        def load(p):
            with open(os.path.join(root, p), encoding="utf-8") as f:
                return json.load(f)
        with open(os.path.join(root, "data/procedures.csv"), "rb") as f:
            assert f.read(3) == b"\xef\xbb\xbf", "no BOM"
        bulk = load("data/procedures.json")
        records = bulk["procedures"]
        assert bulk["count"] == len(records)
        for r in records:
            assert load("data/procedures/%s.json" % r["id"]) == r, r["id"]
        procs = rows("data/procedures.csv")
        assert len(procs) == len(records), (len(procs), len(records))
        for row, r in zip(procs, records):
            assert (row["id"], row["title"], row["status"], row["effective_from"]) == (r["id"], r["title"], r["status"], r["effective_from"])
            assert row["materials"] == "；".join(m["name"] for m in r["materials"])
            assert int(row["visits_max"]) == r["visits"]["max"]
        mats = rows("data/procedure-materials.csv")
        assert len(mats) == sum(len(r["materials"]) for r in records)
        docs, offices = load("data/documents.json"), load("data/offices.json")
        assert [d["id"] for d in rows("data/documents.csv")] == [d["id"] for d in docs["documents"]]
        assert [o["id"] for o in rows("data/offices.csv")] == [o["id"] for o in offices["offices"]]
        hsds = {t: load("data/hsds/%s.json" % t) for t in ["services", "required_documents", "cost_options", "schedules", "locations"]}
        assert len(hsds["services"]) == len(records)
        assert len(hsds["cost_options"]) == sum(len(r["fees"]) for r in records)
        catalog = load("data/catalog.jsonld")
        urls = {d["dcat:downloadURL"]["@id"] for ds in catalog["dcat:dataset"] for d in ds["dcat:distribution"]}
        for dirpath, _, names in os.walk(os.path.join(root, "data")):
            for n in names:
                rel = os.path.relpath(os.path.join(dirpath, n), root).replace(os.sep, "/")
                if rel in ("data/catalog.jsonld", "data/schema/procedure.schema.json"):
                    continue
                assert any(u.endswith("/" + rel) for u in urls), rel + " not in catalog"
        try:
            import jsonschema
        except ImportError:
            print("jsonschema not installed: schema check skipped")
        else:
            schema = load("data/schema/procedure.schema.json")
            V = jsonschema.Draft202012Validator
            V.check_schema(schema)
            v = V(schema, format_checker=V.FORMAT_CHECKER)
            errors = [(r["id"], e.message) for r in records for e in v.iter_errors(r)]
            assert not errors, errors[:5]
            broken = dict(records[0], status="deleted", effective_from="2024-13-01")
            assert len(list(v.iter_errors(broken))) == 2, "schema must reject a bad enum and a bad date"
            print("jsonschema", len(records), "records valid")
        print("ok", len(records), "procedures", len(mats), "materials")
        """;

    private static string Python()
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Append("/root/.pyenv/shims"))
        {
            var candidate = Path.Combine(dir, "python3");
            if (File.Exists(candidate)) return candidate;
        }
        Assert.Fail("python3 not found on PATH or in /root/.pyenv/shims: install Python 3 to run this test");
        return "";
    }

    private void Check(SiteModel site)
    {
        var root = Path.Combine(Path.GetTempPath(), "publicinfo-opendata-" + Guid.NewGuid().ToString("N"));
        try
        {
            foreach (var d in OpenDataExporter.Export(site))
            {
                var path = Path.Combine(root, d.Destination);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, d.Content.ToArray());
            }
            File.WriteAllText(Path.Combine(root, "check.py"), Script);
            var start = new ProcessStartInfo(Python(), ["check.py", root])
            {
                WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true,
            };
            start.Environment["PYTHONIOENCODING"] = "utf-8";
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEnd();
            process.WaitForExit();
            output.WriteLine(stdout.Result);
            Assert.True(process.ExitCode == 0, $"python check failed:\n{stdout.Result}\n{stderr}");
        }
        finally
        {
            try { Directory.Delete(root, recursive: true); } catch (IOException) { }
        }
    }

    [Fact]
    public void The_minimal_site_loads_with_python_csv_json_and_jsonschema() => Check(SampleSites.Minimal());

    [Fact]
    public void The_shipped_sample_loads_with_python_csv_json_and_jsonschema()
    {
        Check(SampleSites.Load(SampleSites.ShippedRoot()));
    }
}
