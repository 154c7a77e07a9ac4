using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PublicInfo.Content;

namespace PublicInfo.Rendering;

/// <summary>schema.org GovernmentService markup of a guide, so portals and search engines read fees, channels and
/// processing time without scraping.</summary>
public static class GovernmentServiceJsonLd
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    public static string Create(Procedure p, SiteModel site, string absoluteUrl)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            w.WriteStartObject();
            w.WriteString("@context", "https://schema.org");
            w.WriteString("@type", "GovernmentService");
            w.WriteString("@id", absoluteUrl);
            w.WriteString("name", p.Title);
            w.WriteString("description", p.Summary);
            w.WriteString("url", absoluteUrl);
            w.WriteString("serviceType", site.FindCategory(p.Category)?.Name ?? p.Category);
            w.WriteStartObject("provider");
            w.WriteString("@type", "GovernmentOrganization");
            w.WriteString("name", p.Authority);
            w.WriteEndObject();
            w.WriteStartObject("areaServed");
            w.WriteString("@type", "AdministrativeArea");
            w.WriteString("name", p.Scope == "全国通办" ? "中华人民共和国" : site.Config.Organisation.Replace("公安局", "", StringComparison.Ordinal));
            w.WriteEndObject();
            w.WriteStartArray("offers");
            if (p.Fees.Count == 0) Offer(w, "免费", 0m);
            foreach (var fee in p.Fees) Offer(w, fee.Name, fee.Amount);
            w.WriteEndArray();
            if (p.Result?.Name is { } output)
            {
                w.WriteStartObject("serviceOutput");
                w.WriteString("@type", "Thing");
                w.WriteString("name", output);
                w.WriteEndObject();
            }
            if (DisplayText.IsoDuration(p.TimeLimit.Promised ?? p.TimeLimit.Legal) is { } iso) w.WriteString("processingTime", iso);
            w.WriteStartArray("availableChannel");
            foreach (var officeId in p.Offices)
            {
                if (site.FindOffice(officeId) is not { } office) continue;
                w.WriteStartObject();
                w.WriteString("@type", "ServiceChannel");
                w.WriteString("name", office.Name);
                w.WriteStartObject("servicePhone");
                w.WriteString("@type", "ContactPoint");
                w.WriteString("telephone", p.Phones.Consult);
                w.WriteEndObject();
                w.WriteStartObject("serviceLocation");
                w.WriteString("@type", "Place");
                w.WriteString("name", office.Name);
                w.WriteStartObject("address");
                w.WriteString("@type", "PostalAddress");
                w.WriteString("streetAddress", office.Address);
                w.WriteString("addressCountry", "CN");
                w.WriteEndObject();
                w.WriteEndObject();
                w.WriteEndObject();
            }
            if (p.Online is { Available: true, Url: { } url })
            {
                w.WriteStartObject();
                w.WriteString("@type", "ServiceChannel");
                w.WriteString("name", "网上办理");
                w.WriteString("serviceUrl", url);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        // A "</script>" inside a string must not end the script element it sits in.
        return Encoding.UTF8.GetString(buffer.ToArray()).Replace("<", "\\u003c", StringComparison.Ordinal);
    }

    private static void Offer(Utf8JsonWriter w, string name, decimal price)
    {
        w.WriteStartObject();
        w.WriteString("@type", "Offer");
        w.WriteString("name", name);
        w.WriteNumber("price", price / 1.000000000000000000000000000000000m);
        w.WriteString("priceCurrency", "CNY");
        w.WriteEndObject();
    }
}
