using System.Globalization;
using WblPortal.Infrastructure.Documents.Layout;

namespace WblPortal.Infrastructure.Documents;

/// <summary>Paragraph settings; the defaults suit the body of an official document.</summary>
public sealed record ParagraphStyle
{
    public static readonly ParagraphStyle Body = new();

    public TextAlignment Alignment { get; init; } = TextAlignment.Justify;

    /// <summary>Red-line indent of the first line, in points (official papers use 1.25 cm).</summary>
    public double FirstLineIndent { get; init; } = Units.Mm(12.5);

    public double LeftIndent { get; init; }

    public double? FontSize { get; init; }

    public bool Bold { get; init; }

    public double SpaceBefore { get; init; }

    public double SpaceAfter { get; init; } = 4;

    /// <summary>Never split this paragraph across pages.</summary>
    public bool KeepTogether { get; init; }

    public bool KeepWithNext { get; init; }

    /// <summary>Never begin a page with this paragraph while the block before it ends the previous one.</summary>
    public bool KeepWithPrevious { get; init; }
}

/// <summary>"Таанышты / Ознакомлены": who has read the document, with empty date and signature columns to fill in by hand.</summary>
public sealed record AcknowledgementSheet(
    string Title, string NameHeader, string DateHeader, string SignatureHeader, IReadOnlyList<string> Names)
{
    /// <summary>A line under the title naming the document, e.g. "2024-жылдын 29-майындагы №825/1 буйругу".</summary>
    public string? Caption { get; init; }

    public string NumberHeader { get; init; } = "№";

    public bool StartOnNewPage { get; init; } = true;

    /// <summary>Room for a handwritten signature.</summary>
    public double RowHeight { get; init; } = 24;
}

/// <summary>
/// Builds a PDF from flowing content: blocks are collected in order, laid out onto A4 pages (breaking pages as
/// content flows), then running headers/footers with "page X of Y" are added once the page count is known, and
/// the pages are drawn with PDFsharp using the embedded DejaVu fonts. Not thread-safe; build one per document.
/// </summary>
public sealed class PdfDocumentBuilder(DocumentOptions? options = null)
{
    private readonly List<Block> _blocks = [];
    private readonly List<Overlay> _overlays = [];
    private readonly List<int> _numbering = [];

    public DocumentOptions Options { get; } = options ?? new DocumentOptions();

    public PdfDocumentBuilder Letterhead(Letterhead letterhead) => Add(new LetterheadBlock(letterhead));

    /// <summary>A bold centred title that stays with what follows it.</summary>
    public PdfDocumentBuilder Heading(string text, double? fontSize = null, TextAlignment alignment = TextAlignment.Center, double spaceBefore = 6, double spaceAfter = 6) =>
        Add(new ParagraphBlock
        {
            Runs = [text],
            FontSize = fontSize,
            Bold = true,
            Alignment = alignment,
            SpaceBefore = spaceBefore,
            SpaceAfter = spaceAfter,
            KeepLinesTogether = true,
            KeepWithNextBlock = true,
        });

    public PdfDocumentBuilder Paragraph(string text, ParagraphStyle? style = null) => Paragraph([text], style);

    public PdfDocumentBuilder Paragraph(params TextRun[] runs) => Paragraph(runs, null);

    public PdfDocumentBuilder Paragraph(IReadOnlyList<TextRun> runs, ParagraphStyle? style)
    {
        style ??= ParagraphStyle.Body;
        return Add(new ParagraphBlock
        {
            Runs = runs,
            FontSize = style.FontSize,
            Bold = style.Bold,
            Alignment = style.Alignment,
            FirstLineIndent = style.FirstLineIndent,
            LeftIndent = style.LeftIndent,
            SpaceBefore = style.SpaceBefore,
            SpaceAfter = style.SpaceAfter,
            KeepLinesTogether = style.KeepTogether,
            KeepWithNextBlock = style.KeepWithNext,
            KeepWithPreviousBlock = style.KeepWithPrevious,
        });
    }

    /// <summary>"Label: value" with a bold label, e.g. "Негизи: ...".</summary>
    public PdfDocumentBuilder Field(string label, string value, ParagraphStyle? style = null) =>
        Paragraph([TextRun.Strong(label + " "), value], style);

    /// <summary>
    /// A numbered item with a hanging indent. Numbers are automatic per level (1., 2., 2.1., 2.2., 3.) unless
    /// <paramref name="label"/> is given.
    /// </summary>
    public PdfDocumentBuilder NumberedItem(string text, int level = 0, string? label = null) => NumberedItem([text], level, label);

    public PdfDocumentBuilder NumberedItem(IReadOnlyList<TextRun> runs, int level = 0, string? label = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(level);
        label ??= NextNumber(level);
        var labelIndent = level * Units.Mm(7);
        var font = new FontSpec(Options.FontFamily, Options.FontSize);
        var labelWidth = FontTextMeasurer.Instance.Width(label, font);
        var textIndent = labelIndent + Math.Max(labelWidth + 5, Units.Mm(level == 0 ? 7 : 10));
        return Add(new ParagraphBlock
        {
            Runs = runs,
            Label = label,
            LabelIndent = labelIndent,
            LeftIndent = textIndent,
            Alignment = TextAlignment.Justify,
            SpaceAfter = 3,
        });
    }

    public PdfDocumentBuilder RestartNumbering()
    {
        _numbering.Clear();
        return this;
    }

    /// <summary>Texts at the left margin, the centre and the right margin of one line (date — city — number).</summary>
    public PdfDocumentBuilder SplitLine(string? left, string? center, string? right, bool bold = false, double spaceAfter = 6) =>
        Add(new SplitLineBlock(left, center, right, bold, spaceAfter));

    public PdfDocumentBuilder Table(
        IReadOnlyList<TableColumn> columns, IReadOnlyList<string>? header, IEnumerable<IReadOnlyList<string?>> rows, TableOptions? options = null) =>
        Add(new TableBlock(columns, header, rows.ToArray(), options ?? new TableOptions()));

    /// <summary>"Директор ____________ А. Асанов"; the optional caption goes under the line, e.g. "(колу)".</summary>
    public PdfDocumentBuilder Signature(string position, string name, string? lineCaption = null, double spaceBefore = 18, double spaceAfter = 6) =>
        Add(new SignatureBlock(position, name, lineCaption, spaceBefore, spaceAfter));

    public PdfDocumentBuilder AcknowledgementSheet(AcknowledgementSheet sheet)
    {
        if (sheet.StartOnNewPage)
        {
            PageBreak();
        }

        Heading(sheet.Title, spaceBefore: 0, spaceAfter: sheet.Caption is null ? 8 : 2);
        if (sheet.Caption is not null)
        {
            Paragraph(sheet.Caption, new ParagraphStyle { Alignment = TextAlignment.Center, FirstLineIndent = 0, SpaceAfter = 8, KeepWithNext = true });
        }

        var rows = sheet.Names.Select((name, i) => (IReadOnlyList<string?>)[(i + 1).ToString(CultureInfo.InvariantCulture), name, null, null]);
        return Table(
            [TableColumn.FixedMm(10, TextAlignment.Center), TableColumn.Relative(3), TableColumn.Relative(1.2), TableColumn.Relative(1.5)],
            [sheet.NumberHeader, sheet.NameHeader, sheet.DateHeader, sheet.SignatureHeader],
            rows,
            new TableOptions { FontSize = Options.FontSize - 1, MinRowHeight = sheet.RowHeight, VerticalAlignment = VerticalAlignment.Middle });
    }

    /// <summary>A PNG or JPEG in the flow, <paramref name="width"/> points wide (height from its proportions unless given).</summary>
    public PdfDocumentBuilder Image(byte[] bytes, double width, double? height = null, TextAlignment alignment = TextAlignment.Left, double spaceAfter = 6) =>
        Add(new ImageBlock(new DocumentImage(bytes), width, height, alignment, spaceAfter));

    /// <summary>A QR code (e.g. the verification link) in the flow, <paramref name="size"/> points square.</summary>
    public PdfDocumentBuilder QrCode(string payload, double size, TextAlignment alignment = TextAlignment.Right, double spaceAfter = 6) =>
        Add(new QrBlock(QrCodes.Modules(payload), size, alignment, spaceAfter));

    /// <summary>An image at a fixed place measured from a page corner, on the first, last or every page.</summary>
    public PdfDocumentBuilder FixedImage(byte[] bytes, double width, double height, PageAnchor anchor, double offsetX, double offsetY, OverlayPages pages = OverlayPages.Last)
    {
        var image = new DocumentImage(bytes);
        _overlays.Add(new Overlay(width, height, anchor, offsetX, offsetY, pages, (ops, x, y) => ops.Add(new ImageOp(x, y, width, height, image))));
        return this;
    }

    /// <summary>A QR code at a fixed place measured from a page corner (may sit in a margin, clear of the footer).</summary>
    public PdfDocumentBuilder FixedQrCode(string payload, double size, PageAnchor anchor, double offsetX, double offsetY, OverlayPages pages = OverlayPages.Last)
    {
        var modules = QrCodes.Modules(payload);
        _overlays.Add(new Overlay(size, size, anchor, offsetX, offsetY, pages, (ops, x, y) => QrCodes.Draw(ops, modules, x, y, size)));
        return this;
    }

    public PdfDocumentBuilder Spacer(double points) => Add(new SpacerBlock(points));

    /// <summary>Continues on a new page, optionally in another orientation from there on.</summary>
    public PdfDocumentBuilder PageBreak(PageOrientation? orientation = null) => Add(new PageBreakBlock(orientation));

    public PdfDocumentBuilder Add(Block block)
    {
        _blocks.Add(block);
        return this;
    }

    /// <summary>
    /// Lays the content out onto pages, including running texts and overlays, without drawing a PDF. The flow is laid
    /// out, checked for breaks an official paper must not have — a block kept with the previous one (a signature, the
    /// verification line) opening a page alone, a heading ending a page — and laid out again with the break moved
    /// (the end of the previous paragraph or table carried over, or a block started on a new page) until none is left.
    /// Pages left empty are dropped.
    /// </summary>
    public IReadOnlyList<LayoutPage> Layout(ITextMeasurer? measurer = null)
    {
        measurer ??= FontTextMeasurer.Instance;
        var breakBefore = new HashSet<int>();
        var carry = new Dictionary<int, int>();
        var (ctx, spans) = Flow(measurer, breakBefore, carry);
        for (var attempt = 0; attempt < MaxMendings && Mend(ctx, spans, breakBefore, carry); attempt++)
        {
            (ctx, spans) = Flow(measurer, breakBefore, carry);
        }

        var pages = ctx.NonEmptyPages();
        AddRunningTexts(pages, ctx.Measurer);
        AddOverlays(pages);
        return pages;
    }

    private const int MaxMendings = 40;

    /// <summary>Pages a block's drawing landed on; <see cref="AtTop"/> when it began at the top of a page.</summary>
    private readonly record struct Span(int Start, int End, bool AtTop);

    private (LayoutContext Ctx, Span?[] Spans) Flow(ITextMeasurer measurer, HashSet<int> breakBefore, Dictionary<int, int> carry)
    {
        var ctx = new LayoutContext(Options, measurer);
        var spans = new Span?[_blocks.Count];
        for (var i = 0; i < _blocks.Count; i++)
        {
            var block = _blocks[i];
            if (breakBefore.Contains(i))
            {
                ctx.NewPage();
            }
            else if (block.KeepWithNext && i + 1 < _blocks.Count && !ctx.AtPageTop)
            {
                var lead = block.LeadHeight(ctx) + _blocks[i + 1].LeadHeight(ctx);
                if (lead <= ctx.PageContentHeight)
                {
                    ctx.EnsureRoom(lead);
                }
            }

            var firstPage = ctx.Pages.Count - 1;
            var opsBefore = ctx.Page.Ops.Count;
            var atTop = ctx.AtPageTop;
            ctx.CarryOver = carry.GetValueOrDefault(i);
            block.Layout(ctx);
            ctx.CarryOver = 0;

            int? start = null;
            var end = -1;
            for (var p = firstPage; p < ctx.Pages.Count; p++)
            {
                if (ctx.Pages[p].Ops.Count > (p == firstPage ? opsBefore : 0))
                {
                    start ??= p;
                    end = p;
                }
            }

            spans[i] = start is { } s ? new Span(s, end, s > firstPage || atTop) : null;
        }

        return (ctx, spans);
    }

    /// <summary>Finds the first forbidden break and records how to move it; false when there is none left to mend.</summary>
    private bool Mend(LayoutContext ctx, Span?[] spans, HashSet<int> breakBefore, Dictionary<int, int> carry)
    {
        for (var i = 0; i < _blocks.Count; i++)
        {
            if (spans[i] is not { } span)
            {
                continue;
            }

            // A signature (or the line kept with it) alone at the top of a page: bring the end of what precedes along.
            if (_blocks[i].KeepWithPrevious && Neighbour(spans, i, -1) is { } before && spans[before]!.Value.End < span.Start)
            {
                // The block's own forced break (from an earlier mending) would part them again: it moves to the one before.
                var units = _blocks[before].Units(ctx);
                if (units >= 4 && !carry.ContainsKey(before))
                {
                    carry[before] = 2;
                    breakBefore.Remove(i);
                    return true;
                }

                // A one-line block (e.g. the last item of an order) would open the page with only the signature under
                // it: the end of the block before it comes along too, so at least two lines lead to the signature.
                if (units == 1 && Neighbour(spans, before, -1) is { } earlier && !breakBefore.Contains(earlier))
                {
                    if (_blocks[earlier].Units(ctx) >= 4 && !carry.ContainsKey(earlier))
                    {
                        carry[earlier] = 2;
                        breakBefore.Remove(before);
                        breakBefore.Remove(i);
                        return true;
                    }

                    if (!spans[earlier]!.Value.AtTop)
                    {
                        breakBefore.Add(earlier);
                        breakBefore.Remove(before);
                        breakBefore.Remove(i);
                        return true;
                    }
                }

                if (!breakBefore.Contains(before) && !spans[before]!.Value.AtTop)
                {
                    breakBefore.Add(before);
                    breakBefore.Remove(i);
                    return true;
                }
            }

            // A heading (or a lead-in kept with what follows) must not be the last thing on its page.
            if (_blocks[i].KeepWithNext && !span.AtTop && Neighbour(spans, i, +1) is { } after && spans[after]!.Value.Start > span.End
                && !breakBefore.Contains(i))
            {
                breakBefore.Add(i);
                breakBefore.Remove(after);
                return true;
            }
        }

        return false;
    }

    /// <summary>The nearest block before or after <paramref name="i"/> that drew something, unless a page break comes first.</summary>
    private int? Neighbour(Span?[] spans, int i, int step)
    {
        for (var j = i + step; j >= 0 && j < _blocks.Count; j += step)
        {
            if (_blocks[j] is PageBreakBlock)
            {
                return null;
            }

            if (spans[j] is not null)
            {
                return j;
            }
        }

        return null;
    }

    public byte[] ToPdf()
    {
        using var stream = new MemoryStream();
        WriteTo(stream);
        return stream.ToArray();
    }

    public void WriteTo(Stream output) => PdfRenderer.Render(Layout(), Options, output);

    private string NextNumber(int level)
    {
        while (_numbering.Count <= level)
        {
            _numbering.Add(_numbering.Count < level ? 1 : 0);
        }

        _numbering[level]++;
        _numbering.RemoveRange(level + 1, _numbering.Count - level - 1);
        return string.Join('.', _numbering.Take(level + 1)) + ".";
    }

    private void AddRunningTexts(IReadOnlyList<LayoutPage> pages, ITextMeasurer measurer)
    {
        if (Options.OmitRunningTextsOnSinglePage && pages.Count == 1)
        {
            return;
        }

        var font = new FontSpec(Options.FontFamily, Options.RunningTextSize);
        var m = Options.Margins;
        foreach (var page in pages)
        {
            if (Options.HeaderText is { } header)
            {
                var text = string.Format(CultureInfo.InvariantCulture, header, page.Number, pages.Count);
                page.Ops.Add(new TextOp(AlignX(page, text, TextAlignment.Center), m.Top / 2, text, font));
            }

            if (Options.FooterFormat is { } footer)
            {
                var text = string.Format(CultureInfo.InvariantCulture, footer, page.Number, pages.Count);
                var x = AlignX(page, text, Options.FooterAlignment);
                var baseline = page.Height - (m.Bottom / 2);
                page.Ops.Add(new TextOp(x, baseline, text, font));
                if (Options.FooterLink is { } url)
                {
                    page.Ops.Add(new LinkOp(x, baseline - font.Size, measurer.Width(text, font), font.Size * 1.4, url));
                }
            }
        }

        double AlignX(LayoutPage page, string text, TextAlignment alignment)
        {
            var width = measurer.Width(text, font);
            return alignment switch
            {
                TextAlignment.Right => page.Width - m.Right - width,
                TextAlignment.Left or TextAlignment.Justify => m.Left,
                _ => m.Left + ((page.Width - m.Left - m.Right - width) / 2),
            };
        }
    }

    private void AddOverlays(IReadOnlyList<LayoutPage> pages)
    {
        foreach (var o in _overlays)
        {
            var targets = o.Pages switch
            {
                OverlayPages.First => [pages[0]],
                OverlayPages.Last => [pages[^1]],
                _ => pages,
            };
            foreach (var page in targets)
            {
                var x = o.Anchor is PageAnchor.TopLeft or PageAnchor.BottomLeft ? o.OffsetX : page.Width - o.OffsetX - o.Width;
                var y = o.Anchor is PageAnchor.TopLeft or PageAnchor.TopRight ? o.OffsetY : page.Height - o.OffsetY - o.Height;
                o.Draw(page.Ops, x, y);
            }
        }
    }

    private sealed record Overlay(
        double Width, double Height, PageAnchor Anchor, double OffsetX, double OffsetY, OverlayPages Pages, Action<List<DrawOp>, double, double> Draw);
}
