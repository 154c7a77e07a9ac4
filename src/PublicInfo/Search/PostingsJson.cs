using System.Buffers.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace PublicInfo.Search;

/// <summary>
/// A term's fragment of a shard, <c>"term":[[bits,doc,Δdoc,…],[Δbits,doc,Δdoc,…],…]</c>, made from the postings' sort
/// keys (<see cref="SearchExporter.PostingKey"/>, ascending: impact descending, then document) and read back into them.
/// Written and read by hand rather than through a JSON writer and reader: the build server patches the fragments of an
/// edited guide's terms, common words among them with thousands of postings each, and the general-purpose writer and
/// reader made that slower than computing every term afresh.
/// </summary>
internal static class PostingsJson
{
    private static readonly JavaScriptEncoder Escaping = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    /// <summary>The fragment of <paramref name="term"/> with postings <paramref name="keys"/>.</summary>
    public static byte[] Fragment(string term, ReadOnlySpan<ulong> keys) => Fragment(Prefix(term), keys);

    /// <summary>The fragment whose term part (<c>"term":</c>) is <paramref name="prefix"/>.</summary>
    public static byte[] Fragment(ReadOnlySpan<byte> prefix, ReadOnlySpan<ulong> keys)
    {
        // Each posting writes at most a separator and 10 digits, each group at most two brackets, a separator and 10 digits.
        var buffer = new byte[prefix.Length + 2 + keys.Length * 24];
        prefix.CopyTo(buffer);
        int at = prefix.Length;
        buffer[at++] = (byte)'[';
        uint previousBits = 0;
        uint previousDoc = 0;
        for (int i = 0; i < keys.Length; i++)
        {
            uint bits = ~(uint)(keys[i] >> 32);
            uint doc = (uint)keys[i];
            if (i == 0 || bits != previousBits)
            {
                if (i > 0)
                {
                    buffer[at++] = (byte)']';
                    buffer[at++] = (byte)',';
                }
                buffer[at++] = (byte)'[';
                // Descending floats have descending bits: the first group carries its bits, later ones the drop.
                at += Digits(i == 0 ? bits : previousBits - bits, buffer.AsSpan(at));
                previousBits = bits;
                previousDoc = 0;
            }
            buffer[at++] = (byte)',';
            at += Digits(doc - previousDoc, buffer.AsSpan(at));
            previousDoc = doc;
        }
        if (keys.Length > 0) buffer[at++] = (byte)']';
        buffer[at++] = (byte)']';
        return buffer[..at];
    }

    /// <summary>The postings' sort keys of a fragment <see cref="Fragment(string, ReadOnlySpan{ulong})"/> wrote, in its order.</summary>
    public static List<ulong> Keys(byte[] fragment)
    {
        var keys = new List<ulong>();
        Walk(fragment, key =>
        {
            keys.Add(key);
            return true;
        });
        return keys;
    }

    /// <summary>The documents of a fragment's first <paramref name="count"/> postings (the highest impacts; a tie in
    /// document order), read no further.</summary>
    public static List<int> FirstDocs(byte[] fragment, int count)
    {
        var docs = new List<int>(count);
        if (count > 0)
            Walk(fragment, key =>
            {
                docs.Add((int)(uint)key);
                return docs.Count < count;
            });
        return docs;
    }

    /// <summary>The sort keys of the postings of <paramref name="docs"/> in a fragment, by document; reads only as far as
    /// the last of them (a document's posting is in its impact's group, so any group may hold it).</summary>
    public static Dictionary<uint, ulong> KeysOf(byte[] fragment, IReadOnlySet<uint> docs)
    {
        var found = new Dictionary<uint, ulong>();
        if (docs.Count == 0) return found;
        Walk(fragment, key =>
        {
            if (docs.Contains((uint)key)) found[(uint)key] = key;
            return found.Count < docs.Count;
        });
        return found;
    }

    /// <summary>Hands each posting's sort key to <paramref name="visit"/>, in the fragment's order, until it returns false.</summary>
    private static void Walk(byte[] fragment, Func<ulong, bool> visit)
    {
        int at = PrefixLength(fragment) + 1; // past the outer '['
        uint bits = 0;
        bool first = true;
        while (at < fragment.Length && fragment[at] == '[')
        {
            at++;
            uint number = Number(fragment, ref at);
            bits = first ? number : bits - number;
            first = false;
            uint doc = 0;
            while (fragment[at] == ',')
            {
                at++;
                doc += Number(fragment, ref at);
                if (!visit(((ulong)~bits << 32) | doc)) return;
            }
            at++; // ']' of the group
            if (fragment[at] == ',') at++;
        }
    }

    /// <summary>The length of the fragment's term part, <c>"term":</c> (the term is a JSON string, quotes escaped).</summary>
    public static int PrefixLength(byte[] fragment)
    {
        int at = 1;
        while (fragment[at] != '"') at += fragment[at] == '\\' ? 2 : 1;
        return at + 2;
    }

    private static byte[] Prefix(string term) => [(byte)'"', .. JsonEncodedText.Encode(term, Escaping).EncodedUtf8Bytes, (byte)'"', (byte)':'];

    private static int Digits(uint value, Span<byte> into)
    {
        Utf8Formatter.TryFormat(value, into, out int written);
        return written;
    }

    private static uint Number(byte[] text, ref int at)
    {
        uint value = 0;
        while (text[at] is >= (byte)'0' and <= (byte)'9') value = value * 10 + (uint)(text[at++] - '0');
        return value;
    }
}
