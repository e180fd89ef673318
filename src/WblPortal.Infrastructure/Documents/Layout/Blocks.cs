namespace WblPortal.Infrastructure.Documents.Layout;

/// <summary>A piece of flowing content. Blocks lay themselves out at the cursor, breaking pages as they need.</summary>
public abstract class Block
{
    /// <summary>Keep on the same page as the start of the next block (headings).</summary>
    public virtual bool KeepWithNext => false;

    /// <summary>Never begin a page with this block while the block before it ends the previous page (signatures).</summary>
    public virtual bool KeepWithPrevious => false;

    /// <summary>How many lines or rows the block can be divided into at a page break (0: it moves only as a whole).</summary>
    public virtual int Units(LayoutContext ctx) => 0;

    /// <summary>Height of the part that must stay together at the block's start (used by keep-with-next).</summary>
    public abstract double LeadHeight(LayoutContext ctx);

    public abstract void Layout(LayoutContext ctx);
}

/// <summary>Wrapped text: headings, paragraphs and numbered items are all this, with different settings.</summary>
public sealed class ParagraphBlock : Block
{
    private IReadOnlyList<TextLine>? _lines;
    private double _linesWidth = -1;

    public required IReadOnlyList<TextRun> Runs { get; init; }

    public double? FontSize { get; init; }

    public bool Bold { get; init; }

    public TextAlignment Alignment { get; init; } = TextAlignment.Justify;

    public double FirstLineIndent { get; init; }

    public double LeftIndent { get; init; }

    public double SpaceBefore { get; init; }

    public double SpaceAfter { get; init; } = 4;

    public bool KeepLinesTogether { get; init; }

    public bool KeepWithNextBlock { get; init; }

    /// <summary>Keep with the end of the block before (e.g. the verification line under a signature).</summary>
    public bool KeepWithPreviousBlock { get; init; }

    /// <summary>A label drawn in the left indent on the first line (the number of a numbered item).</summary>
    public string? Label { get; init; }

    public override bool KeepWithNext => KeepWithNextBlock;

    public override bool KeepWithPrevious => KeepWithPreviousBlock;

    public override int Units(LayoutContext ctx) => KeepLinesTogether ? 0 : Lines(ctx).Count;

    public override double LeadHeight(LayoutContext ctx) =>
        (ctx.AtPageTop ? 0 : SpaceBefore) + (Together(Lines(ctx).Count) * ctx.LineHeight(Size(ctx)));

    /// <summary>Lines that must open the paragraph on one page: all of a short one (three lines cannot break without
    /// leaving a line alone), otherwise two.</summary>
    private int Together(int lines) => KeepLinesTogether || lines <= 3 ? lines : 2;

    public override void Layout(LayoutContext ctx)
    {
        var lines = Lines(ctx);
        var size = Size(ctx);
        var lineHeight = ctx.LineHeight(size);
        var font = ctx.Font(size, Bold);
        var baselineOffset = TextPlacer.BaselineOffset(ctx.Measurer, font, lineHeight);

        ctx.Space(SpaceBefore);
        ctx.EnsureRoom(Together(lines.Count) * lineHeight); // no lone first line at a page foot

        var x = ctx.Left + LeftIndent;
        var width = ctx.ContentWidth - LeftIndent;
        var carryFrom = ctx.CarryOver > 0 && ctx.CarryOver < lines.Count ? lines.Count - ctx.CarryOver : -1;
        var onPage = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            // A page break inside the paragraph leaves at least two lines on each side: when only the last line would
            // go over, the last two go together.
            var widow = !KeepLinesTogether && lines.Count - i == 2 && onPage >= 2 && !ctx.Fits(2 * lineHeight);
            if (!ctx.Fits(lineHeight) || widow || i == carryFrom)
            {
                ctx.NewPage();
                onPage = 0;
            }

            onPage++;

            var baseline = ctx.Y + baselineOffset;
            if (i == 0 && Label is not null)
            {
                ctx.Add(new TextOp(ctx.Left + LabelIndent, baseline, Label, font));
            }

            TextPlacer.Emit(ctx.Page.Ops, lines[i], x, width, baseline, Alignment);
            ctx.Y += lineHeight;
        }

        ctx.Space(SpaceAfter);
    }

    /// <summary>Where the label starts, measured from the left margin.</summary>
    public double LabelIndent { get; init; }

    private double Size(LayoutContext ctx) => FontSize ?? ctx.Options.FontSize;

    private IReadOnlyList<TextLine> Lines(LayoutContext ctx)
    {
        var width = ctx.ContentWidth - LeftIndent;
        if (_lines is null || Math.Abs(_linesWidth - width) > 0.01)
        {
            var baseFont = ctx.Font(Size(ctx));
            var runs = Runs.Select(r => new StyledText(r.Text, baseFont.With(Bold || r.Bold, r.Italic))).ToArray();
            _lines = LineBreaker.Break(runs, width, ctx.Measurer, FirstLineIndent, ctx.Hyphenator);
            _linesWidth = width;
        }

        return _lines;
    }
}

/// <summary>Vertical space.</summary>
public sealed class SpacerBlock(double height) : Block
{
    public override double LeadHeight(LayoutContext ctx) => 0;

    public override void Layout(LayoutContext ctx)
    {
        // Unlike the space around paragraphs, an explicit spacer also counts at the top of a page.
        if (!ctx.Fits(height))
        {
            ctx.NewPage();
            return;
        }

        ctx.Y += Math.Max(0, height);
    }
}

/// <summary>Continues on a new page, optionally turning it (e.g. a landscape annex with a wide table).</summary>
public sealed class PageBreakBlock(PageOrientation? orientation) : Block
{
    public override double LeadHeight(LayoutContext ctx) => 0;

    public override void Layout(LayoutContext ctx) => ctx.NewPage(orientation);
}

/// <summary>Up to three texts on one line: left-, centre- and right-aligned (e.g. date, city, number of an order).</summary>
public sealed class SplitLineBlock(string? left, string? center, string? right, bool bold, double spaceAfter) : Block
{
    public override double LeadHeight(LayoutContext ctx) => ctx.LineHeight(ctx.Options.FontSize);

    public override void Layout(LayoutContext ctx)
    {
        var lineHeight = ctx.LineHeight(ctx.Options.FontSize);
        ctx.EnsureRoom(lineHeight);
        var font = ctx.Font(bold: bold);
        var baseline = ctx.Y + TextPlacer.BaselineOffset(ctx.Measurer, font, lineHeight);
        if (!string.IsNullOrEmpty(left))
        {
            ctx.Add(new TextOp(ctx.Left, baseline, left, font));
        }

        if (!string.IsNullOrEmpty(center))
        {
            var w = ctx.Measurer.Width(center, font);
            ctx.Add(new TextOp(ctx.Left + ((ctx.ContentWidth - w) / 2), baseline, center, font));
        }

        if (!string.IsNullOrEmpty(right))
        {
            var w = ctx.Measurer.Width(right, font);
            ctx.Add(new TextOp(ctx.Right - w, baseline, right, font));
        }

        ctx.Y += lineHeight;
        ctx.Space(spaceAfter);
    }
}

/// <summary>An image in the flow (logo, QR code), scaled to a width and kept in proportion.</summary>
public sealed class ImageBlock(DocumentImage image, double width, double? height, TextAlignment alignment, double spaceAfter) : Block
{
    private double Height => height ?? (width / image.AspectRatio);

    public override double LeadHeight(LayoutContext ctx) => Height;

    public override void Layout(LayoutContext ctx)
    {
        var w = Math.Min(width, ctx.ContentWidth);
        var h = Height * (w / width);
        ctx.EnsureRoom(h);
        var x = alignment switch
        {
            TextAlignment.Center => ctx.Left + ((ctx.ContentWidth - w) / 2),
            TextAlignment.Right => ctx.Right - w,
            _ => ctx.Left,
        };
        ctx.Add(new ImageOp(x, ctx.Y, w, h, image));
        ctx.Y = Math.Min(ctx.Y + h, ctx.Bottom);
        ctx.Space(spaceAfter);
    }
}

/// <summary>A QR code in the flow, drawn as vector squares.</summary>
public sealed class QrBlock(IReadOnlyList<System.Collections.BitArray> modules, double size, TextAlignment alignment, double spaceAfter) : Block
{
    public override double LeadHeight(LayoutContext ctx) => size;

    public override void Layout(LayoutContext ctx)
    {
        ctx.EnsureRoom(size);
        var x = alignment switch
        {
            TextAlignment.Center => ctx.Left + ((ctx.ContentWidth - size) / 2),
            TextAlignment.Right => ctx.Right - size,
            _ => ctx.Left,
        };
        QrCodes.Draw(ctx.Page.Ops, modules, x, ctx.Y, size);
        ctx.Y = Math.Min(ctx.Y + size, ctx.Bottom);
        ctx.Space(spaceAfter);
    }
}
