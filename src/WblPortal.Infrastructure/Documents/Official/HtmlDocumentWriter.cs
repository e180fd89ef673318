using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace WblPortal.Infrastructure.Documents.Official;

/// <summary>Renders an official document as an HTML fragment for the on-screen preview (styled by
/// wwwroot/css/documents.css; no inline styles, so the page's CSP holds). Every text is encoded.</summary>
public sealed class HtmlDocumentWriter : IDocumentWriter
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);
    private readonly StringBuilder _html = new();
    private readonly List<int> _numbering = [];

    public void Letterhead(string name, string? address, string? details = null)
    {
        _html.Append("<header class=\"doc-letterhead\">");
        foreach (var line in name.Split('\n'))
        {
            Element("div", line, "doc-org");
        }

        if (address is not null)
        {
            Element("div", address, "doc-address");
        }

        if (details is not null)
        {
            Element("div", details, "doc-address");
        }

        _html.Append("</header>");
    }

    public void Heading(string text, bool large = false) => Element(large ? "h2" : "h3", text, "doc-heading");

    public void DateLine(string left, string center, string right) =>
        _html.Append("<div class=\"doc-dateline\"><span>").Append(E(left)).Append("</span><span>").Append(E(center))
            .Append("</span><span>").Append(E(right)).Append("</span></div>");

    public void Paragraph(string text, bool bold = false, bool indent = true) =>
        Element("p", text, bold ? "doc-strong" : indent ? "doc-body" : "doc-plain", bold);

    public void ApprovalBlock(string title, IReadOnlyList<string> lines)
    {
        _html.Append("<div class=\"doc-approval ms-auto col-12 col-md-6\"><p class=\"doc-plain\"><strong>").Append(E(title)).Append("</strong></p>");
        foreach (var line in lines)
        {
            Element("p", line, "doc-plain");
        }

        _html.Append("</div>");
    }

    public void Field(string label, string value) =>
        _html.Append("<p class=\"doc-plain\"><strong>").Append(E(label)).Append("</strong> ").Append(E(value)).Append("</p>");

    public void Item(string text, int level = 0, string? strongLead = null)
    {
        while (_numbering.Count <= level)
        {
            _numbering.Add(_numbering.Count < level ? 1 : 0);
        }

        _numbering[level]++;
        _numbering.RemoveRange(level + 1, _numbering.Count - level - 1);
        var label = string.Join('.', _numbering.Take(level + 1)) + ".";
        _html.Append("<p class=\"doc-item doc-level-").Append(level).Append("\"><span class=\"doc-num\">").Append(E(label)).Append("</span> ");
        if (strongLead is not null)
        {
            _html.Append("<strong>").Append(E(strongLead)).Append("</strong> ");
        }

        _html.Append(E(text)).Append("</p>");
    }

    public void Table(IReadOnlyList<DocumentColumn> columns, IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string?>> rows, bool small = false)
    {
        _html.Append("<div class=\"table-responsive\"><table class=\"table table-bordered table-sm doc-table").Append(small ? " small" : "").Append("\"><thead><tr>");
        foreach (var h in header)
        {
            _html.Append("<th scope=\"col\">").Append(E(h)).Append("</th>");
        }

        _html.Append("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            _html.Append("<tr>");
            foreach (var cell in row)
            {
                _html.Append("<td>").Append(Lines(cell ?? "")).Append("</td>");
            }

            _html.Append("</tr>");
        }

        _html.Append("</tbody></table></div>");
    }

    public void Signature(string position, string name, string caption) =>
        _html.Append("<div class=\"doc-signature\"><span>").Append(E(position)).Append("</span><span class=\"doc-sign-line\" title=\"")
            .Append(E(caption)).Append("\"></span><span>").Append(E(name)).Append("</span></div>");

    public void SignatureColumns(IReadOnlyList<SignatureColumn> parties, string caption)
    {
        _html.Append("<div class=\"row doc-parties\">");
        foreach (var p in parties)
        {
            _html.Append("<div class=\"col-md\"><h4 class=\"h6\">").Append(E(p.Title)).Append("</h4>");
            foreach (var line in p.Lines)
            {
                Element("div", line, null);
            }

            _html.Append("<div class=\"doc-sign-line\"></div><div>").Append(E(p.Signer)).Append("</div><div class=\"small text-body-secondary\">")
                .Append(E(caption)).Append("</div>");
            foreach (var line in (p.After ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                Element("div", line, null);
            }

            _html.Append("</div>");
        }

        _html.Append("</div>");
    }

    public void Acknowledgement(string title, string caption, string nameHeader, string dateHeader, string signatureHeader, IReadOnlyList<string> names)
    {
        _html.Append("<section class=\"doc-sheet\">");
        Heading(title);
        Element("p", caption, "doc-caption");
        Table([DocumentColumn.Mm(10), DocumentColumn.Relative(3), DocumentColumn.Relative(1.2), DocumentColumn.Relative(1.5)],
            ["№", nameHeader, dateHeader, signatureHeader],
            names.Select((n, i) => (IReadOnlyList<string?>)[(i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), n, null, null]).ToArray());
        _html.Append("</section>");
    }

    public void PageBreak() => _html.Append("<hr class=\"doc-pagebreak\" />");

    public void Verification(DocumentVerification verification, string label)
    {
        var png = Convert.ToBase64String(QrCodes.Png(verification.Url, 4));
        _html.Append("<div class=\"doc-verification\"><img src=\"data:image/png;base64,").Append(png).Append("\" alt=\"QR\" width=\"96\" height=\"96\" /><div>")
            .Append(E(label)).Append(" <strong data-testid=\"verification-code\">").Append(E(verification.Code)).Append("</strong><br /><a href=\"")
            .Append(E(verification.Url)).Append("\">").Append(E(verification.Url)).Append("</a></div></div>");
    }

    public override string ToString() => _html.ToString();

    private void Element(string tag, string text, string? cssClass, bool strong = false)
    {
        _html.Append('<').Append(tag);
        if (cssClass is not null)
        {
            _html.Append(" class=\"").Append(cssClass).Append('"');
        }

        _html.Append('>').Append(strong ? "<strong>" + Lines(text) + "</strong>" : Lines(text)).Append("</").Append(tag).Append('>');
    }

    private static string E(string text) => Encoder.Encode(text);

    private static string Lines(string text) => string.Join("<br />", text.Split('\n').Select(E));
}
