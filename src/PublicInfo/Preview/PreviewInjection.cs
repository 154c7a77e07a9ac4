using System.Net;
using System.Text;
using PublicInfo.Content;

namespace PublicInfo.Preview;

/// <summary>What the preview adds to every HTML page: the live-reload listener and, after a failed build, the error overlay.</summary>
public static class PreviewInjection
{
    public const string EventsPath = "/__publicinfo/events";

    private const string ReloadScript =
        "<script>(function(){var s=new EventSource('" + EventsPath + "');s.onmessage=function(){location.reload();};})();</script>";

    public static string Inject(string html, IReadOnlyList<Diagnostic> errors)
    {
        var addition = ReloadScript + (errors.Count == 0 ? "" : Overlay(errors));
        var at = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return at < 0 ? html + addition : html[..at] + addition + html[at..];
    }

    /// <summary>The failed build's problems over the last good page, so the editor sees both what broke and where.</summary>
    public static string Overlay(IReadOnlyList<Diagnostic> errors)
    {
        var text = new StringBuilder();
        text.Append("<div id=\"publicinfo-errors\" role=\"alert\" style=\"position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;")
            .Append("background:#fff;color:#111;border-top:6px solid #b00020;padding:1rem 1.5rem;font:16px/1.6 system-ui,sans-serif;z-index:2147483647\">")
            .Append("<h2 style=\"margin:0 0 .5rem;color:#b00020\">内容有错误，页面显示的是上一次成功构建的版本</h2><ul style=\"margin:0;padding-left:1.2rem\">");
        foreach (var error in errors)
        {
            text.Append("<li><code>").Append(WebUtility.HtmlEncode(error.Location.ToString())).Append("</code> <strong>")
                .Append(WebUtility.HtmlEncode(error.RuleId)).Append("</strong> ").Append(WebUtility.HtmlEncode(error.Message))
                .Append(" — ").Append(WebUtility.HtmlEncode(error.Fix)).Append("</li>");
        }
        return text.Append("</ul></div>").ToString();
    }

    /// <summary>The page shown when no build has ever succeeded.</summary>
    public static string ErrorPage(IReadOnlyList<Diagnostic> errors) =>
        "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>构建失败</title></head><body>"
        + "<h1>构建失败</h1><p>修正下面的问题后保存，页面会自动刷新。</p>" + Overlay(errors) + "</body></html>";
}
