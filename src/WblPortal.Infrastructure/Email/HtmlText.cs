using System.Net;
using System.Text.RegularExpressions;

namespace WblPortal.Infrastructure.Email;

/// <summary>The plain-text part of a portal e-mail, made from its HTML: paragraphs and line breaks kept, a link written
/// as "text (address)", tags dropped and entities decoded. The portal's mails are short and simple HTML written by us,
/// so no HTML parser is needed.</summary>
public static partial class HtmlText
{
    public static string ToPlainText(string html)
    {
        var text = Link().Replace(html, m =>
        {
            var href = WebUtility.HtmlDecode(m.Groups["href"].Value);
            var label = Tag().Replace(m.Groups["label"].Value, "").Trim();
            return label.Length == 0 || WebUtility.HtmlDecode(label) == href ? href : $"{label} ({href})";
        });
        text = LineBreak().Replace(text, "\n");
        text = BlockEnd().Replace(text, "\n\n");
        text = ListItem().Replace(text, "\n• ");
        text = WebUtility.HtmlDecode(Tag().Replace(text, ""));
        var lines = text.Replace("\r", "").Split('\n').Select(l => Spaces().Replace(l, " ").Trim());
        return ManyBlankLines().Replace(string.Join("\n", lines), "\n\n").Trim() + "\n";
    }

    [GeneratedRegex("""<a\b[^>]*?\bhref\s*=\s*["'](?<href>[^"']*)["'][^>]*>(?<label>.*?)</a\s*>""", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Link();

    [GeneratedRegex(@"<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreak();

    [GeneratedRegex(@"</(p|div|h[1-6]|ul|ol|table|tr)\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockEnd();

    [GeneratedRegex(@"<li\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex ListItem();

    [GeneratedRegex("<[^>]+>", RegexOptions.Singleline)]
    private static partial Regex Tag();

    [GeneratedRegex(@"[ \t\u00A0]+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex ManyBlankLines();
}
