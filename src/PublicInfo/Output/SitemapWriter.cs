using System.Text;
using System.Xml;

namespace PublicInfo.Output;

/// <summary>sitemap.xml (sitemaps.org 0.9) and robots.txt for the public site.</summary>
public static class SitemapWriter
{
    public static string Sitemap(string baseUrl, IEnumerable<(string Url, DateOnly? LastModified)> pages)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            foreach (var (url, lastModified) in pages.OrderBy(p => p.Url, StringComparer.Ordinal))
            {
                xml.WriteStartElement("url");
                xml.WriteElementString("loc", Absolute(baseUrl, url));
                if (lastModified is { } date) xml.WriteElementString("lastmod", date.ToString("yyyy-MM-dd"));
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    public static string Robots(string baseUrl) => $"User-agent: *\nAllow: /\nSitemap: {Absolute(baseUrl, "/sitemap.xml")}\n";

    /// <summary>Joins the base URL and a site path, escaping non-ASCII so crawlers get valid URIs.</summary>
    public static string Absolute(string baseUrl, string path) =>
        new Uri(new Uri(baseUrl), path.TrimStart('/')).AbsoluteUri;
}
