namespace WblPortal.Infrastructure.Documents.Official;

/// <summary>Lays an official document out as PDF with the layout layer.</summary>
public sealed class PdfDocumentWriter(DocumentOptions options) : IDocumentWriter
{
    private static readonly ParagraphStyle NoIndent = new() { FirstLineIndent = 0 };

    public PdfDocumentBuilder Builder { get; } = new(options);

    public void Letterhead(string name, string? address, string? details = null) =>
        Builder.Letterhead(new Letterhead(name, address) { Details = details });

    public void Heading(string text, bool large = false) =>
        Builder.Heading(text, fontSize: large ? 16 : null, spaceBefore: large ? 4 : 6, spaceAfter: large ? 8 : 8);

    public void DateLine(string left, string center, string right) => Builder.SplitLine(left, center, right, spaceAfter: 10);

    public void Paragraph(string text, bool bold = false, bool indent = true)
    {
        if (bold)
        {
            Builder.Paragraph([TextRun.Strong(text)], new ParagraphStyle { FirstLineIndent = 0, SpaceBefore = 6, SpaceAfter = 6, KeepWithNext = true });
        }
        else
        {
            Builder.Paragraph(text, indent ? ParagraphStyle.Body : NoIndent);
        }
    }

    public void ApprovalBlock(string title, IReadOnlyList<string> lines)
    {
        // The right half of the text block (A4 less 20 + 10 mm margins is 180 mm wide: the block starts at 95 mm).
        var style = new ParagraphStyle { FirstLineIndent = 0, LeftIndent = Units.Mm(95), Alignment = TextAlignment.Left, SpaceAfter = 0 };
        Builder.Paragraph([TextRun.Strong(title)], style with { KeepWithNext = true, SpaceBefore = 6 });
        for (var i = 0; i < lines.Count; i++)
        {
            Builder.Paragraph([lines[i]], style with { KeepWithNext = i < lines.Count - 1, SpaceAfter = i == lines.Count - 1 ? 8 : 0 });
        }
    }

    public void Field(string label, string value) =>
        Builder.Field(label, value, new ParagraphStyle { FirstLineIndent = 0, SpaceBefore = 4 });

    public void Item(string text, int level = 0, string? strongLead = null) =>
        Builder.NumberedItem(strongLead is null ? [text] : [TextRun.Strong(strongLead + " "), text], level);

    public void Table(IReadOnlyList<DocumentColumn> columns, IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string?>> rows, bool small = false) =>
        Builder.Table(
            columns.Select(c => c.FixedMm
                ? TableColumn.FixedMm(c.Width, c.Centered ? TextAlignment.Center : TextAlignment.Left)
                : TableColumn.Relative(c.Width, c.Centered ? TextAlignment.Center : TextAlignment.Left)).ToArray(),
            header,
            rows,
            new TableOptions { FontSize = small ? 8 : 10, Condensed = small, CellPadding = small ? 2 : 3 });

    public void Signature(string position, string name, string caption) =>
        Builder.Signature(position, name.Replace(". ", ".\u00A0", StringComparison.Ordinal), caption, spaceBefore: 24);

    public void SignatureColumns(IReadOnlyList<SignatureColumn> parties, string caption) =>
        Builder.Table(
            parties.Select(_ => TableColumn.Relative(1)).ToArray(),
            parties.Select(p => p.Title).ToArray(),
            [parties.Select(p => (string?)(string.Join("\n", p.Lines) + "\n\n\n____________________\n" + p.Signer + "\n" + caption
                + (p.After is null ? "" : "\n" + p.After))).ToArray()],
            new TableOptions { FontSize = 9, SpaceBefore = 8, KeepWithPrevious = true });

    public void Acknowledgement(string title, string caption, string nameHeader, string dateHeader, string signatureHeader, IReadOnlyList<string> names) =>
        Builder.AcknowledgementSheet(new AcknowledgementSheet(title, nameHeader, dateHeader, signatureHeader, names) { Caption = caption });

    public void PageBreak() => Builder.PageBreak();

    public void Verification(DocumentVerification verification, string label)
    {
        // The QR sits in the bottom margin of the first page, left of the footer, where it never pushes content.
        Builder.FixedQrCode(verification.Url, 46, PageAnchor.BottomLeft, Units.Mm(30), Units.Mm(3), OverlayPages.First);
        Builder.Paragraph(
            [TextRun.Plain(label + " "), TextRun.Strong(verification.Code), TextRun.Plain(" — " + verification.Url)],
            new ParagraphStyle { FirstLineIndent = 0, FontSize = 8, SpaceBefore = 10, Alignment = TextAlignment.Left, KeepWithPrevious = true });
    }
}
