using System.Globalization;
using System.Text;

namespace PublicInfo.Pipeline;

/// <summary>The table printed after every build: one line per pipeline, then the total.</summary>
public static class TimingSummary
{
    public static string Format(IEnumerable<PipelineTiming> timings, TimeSpan total)
    {
        var text = new StringBuilder();
        text.AppendLine("pipeline              ms   documents");
        foreach (var t in timings)
            text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"{t.Name,-16} {t.Elapsed.TotalMilliseconds,7:0} {t.Documents,11}"));
        text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"{"total",-16} {total.TotalMilliseconds,7:0}"));
        return text.ToString();
    }
}
