using System.Text;
using System.Xml;

namespace PublicInfo.Output;

/// <summary>An Atom 1.0 feed (RFC 4287) of publications, so citizens and auditors can follow changes without visiting.</summary>
public static class AtomFeed
{
    /// <summary>One feed entry: a published version of a guide.</summary>
    public sealed record Entry(string Id, string Title, string Url, DateOnly Updated, string Summary);

    public static string Write(string feedId, string title, string siteUrl, string feedUrl, IReadOnlyList<Entry> entries)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, settings))
        {
            const string atom = "http://www.w3.org/2005/Atom";
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", atom);
            xml.WriteAttributeString("xml", "lang", null, "zh-CN");
            xml.WriteElementString("id", atom, feedId);
            xml.WriteElementString("title", atom, title);
            // A feed's date is its newest entry's, never the wall clock, so identical input gives identical bytes.
            var updated = entries.Count == 0 ? new DateOnly(2000, 1, 1) : entries.Max(e => e.Updated);
            xml.WriteElementString("updated", atom, Timestamp(updated));
            Link(xml, atom, "alternate", siteUrl);
            Link(xml, atom, "self", feedUrl);
            foreach (var entry in entries)
            {
                xml.WriteStartElement("entry", atom);
                xml.WriteElementString("id", atom, entry.Id);
                xml.WriteElementString("title", atom, entry.Title);
                Link(xml, atom, "alternate", entry.Url);
                xml.WriteElementString("updated", atom, Timestamp(entry.Updated));
                xml.WriteStartElement("author", atom);
                xml.WriteElementString("name", atom, title);
                xml.WriteEndElement();
                xml.WriteElementString("summary", atom, entry.Summary);
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void Link(XmlWriter xml, string ns, string rel, string href)
    {
        xml.WriteStartElement("link", ns);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static string Timestamp(DateOnly date) => date.ToString("yyyy-MM-dd") + "T00:00:00Z";
}
