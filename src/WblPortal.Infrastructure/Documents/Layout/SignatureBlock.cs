namespace WblPortal.Infrastructure.Documents.Layout;

/// <summary>
/// "Директор ____________ А. Асанов": the position on the left (wrapped if long), a ruled line to sign on in the
/// middle with an optional small caption under it ("(колу)"), and the name at the right margin, all on the
/// baseline of the position's last line. Never split across pages, and never alone at the top of a page: it keeps
/// with the end of what it signs. The name's column is as wide as the full name (up to 60% of the line), so a
/// full name is never wrapped in the middle.
/// </summary>
public sealed class SignatureBlock(string position, string name, string? lineCaption, double spaceBefore, double spaceAfter) : Block
{
    private const double CaptionSize = 7;

    public override bool KeepWithPrevious => true;

    public override double LeadHeight(LayoutContext ctx) => (ctx.AtPageTop ? 0 : spaceBefore) + Height(ctx, out _, out _);

    public override void Layout(LayoutContext ctx)
    {
        ctx.Space(spaceBefore);
        var height = Height(ctx, out var positionLines, out var nameLines);
        ctx.EnsureRoom(height);

        var font = ctx.Font();
        var lineHeight = ctx.LineHeight(ctx.Options.FontSize);
        var baselineOffset = TextPlacer.BaselineOffset(ctx.Measurer, font, lineHeight);
        var (positionWidth, lineStart, lineEnd, nameStart) = Columns(ctx, NameWidth(ctx));
        var top = ctx.Y;
        var rows = Math.Max(positionLines.Count, nameLines.Count);

        // The position's last line, the signature line and the name's last line share the bottom baseline.
        for (var i = 0; i < positionLines.Count; i++)
        {
            var baseline = top + ((rows - positionLines.Count + i) * lineHeight) + baselineOffset;
            TextPlacer.Emit(ctx.Page.Ops, positionLines[i], ctx.Left, positionWidth, baseline, TextAlignment.Left);
        }

        for (var i = 0; i < nameLines.Count; i++)
        {
            var baseline = top + ((rows - nameLines.Count + i) * lineHeight) + baselineOffset;
            TextPlacer.Emit(ctx.Page.Ops, nameLines[i], ctx.Left + nameStart, ctx.ContentWidth - nameStart, baseline, TextAlignment.Right);
        }

        var lineY = top + ((rows - 1) * lineHeight) + baselineOffset + 1.5;
        ctx.Add(new LineOp(ctx.Left + lineStart, lineY, ctx.Left + lineEnd, lineY, 0.6));
        if (!string.IsNullOrEmpty(lineCaption))
        {
            var captionFont = ctx.Font(CaptionSize, italic: true);
            var w = ctx.Measurer.Width(lineCaption, captionFont);
            ctx.Add(new TextOp(ctx.Left + ((lineStart + lineEnd - w) / 2), lineY + CaptionSize + 1, lineCaption, captionFont));
        }

        ctx.Y = top + height;
        ctx.Space(spaceAfter);
    }

    /// <summary>Position | signature line | name: the name gets its full width (at least 28%, at most 60% of the line),
    /// the signature line at least 15%, the position what is left (it may wrap).</summary>
    private static (double PositionWidth, double LineStart, double LineEnd, double NameStart) Columns(LayoutContext ctx, double nameWidth)
    {
        var w = ctx.ContentWidth;
        var nameStart = w - Math.Min(Math.Max(w * 0.28, nameWidth + 1), w * 0.6);
        var lineEnd = nameStart - (w * 0.02);
        var lineStart = Math.Min(w * 0.48, lineEnd - (w * 0.15));
        return (lineStart - (w * 0.03), lineStart, lineEnd, nameStart);
    }

    private double NameWidth(LayoutContext ctx) => ctx.Measurer.Width(name, ctx.Font());

    private double Height(LayoutContext ctx, out IReadOnlyList<TextLine> positionLines, out IReadOnlyList<TextLine> nameLines)
    {
        var font = ctx.Font();
        var nameWidth = NameWidth(ctx);
        var (positionWidth, _, _, nameStart) = Columns(ctx, nameWidth);
        var fullName = nameWidth <= ctx.ContentWidth - nameStart ? name.Replace(' ', '\u00A0') : name;
        positionLines = LineBreaker.Break([new StyledText(position, font)], positionWidth, ctx.Measurer, hyphenator: ctx.Hyphenator);
        nameLines = LineBreaker.Break([new StyledText(fullName, font)], ctx.ContentWidth - nameStart, ctx.Measurer, hyphenator: ctx.Hyphenator);
        var rows = Math.Max(positionLines.Count, nameLines.Count);
        return (rows * ctx.LineHeight(ctx.Options.FontSize)) + (string.IsNullOrEmpty(lineCaption) ? 0 : CaptionSize + 2);
    }
}

public sealed class LetterheadBlock(Letterhead letterhead) : Block
{
    private const double Gap = 8;
    private readonly DocumentImage? _logo = letterhead.Logo is null ? null : new DocumentImage(letterhead.Logo);

    public override double LeadHeight(LayoutContext ctx) => Draw(ctx, dryRun: true);

    public override void Layout(LayoutContext ctx)
    {
        ctx.EnsureRoom(Draw(ctx, dryRun: true));
        ctx.Y += Draw(ctx, dryRun: false);
        ctx.Space(10);
    }

    /// <summary>Lays out (or only measures) the letterhead at the cursor and returns its height.</summary>
    private double Draw(LayoutContext ctx, bool dryRun)
    {
        var top = ctx.Y;
        var logoHeight = _logo is null ? 0 : letterhead.LogoHeight;
        var logoWidth = _logo is null ? 0 : logoHeight * _logo.AspectRatio;
        double textHeight;
        if (letterhead.SecondName is null)
        {
            var textLeft = ctx.Left + (logoWidth > 0 ? logoWidth + Gap : 0);
            var textWidth = ctx.Right - textLeft - (logoWidth > 0 ? logoWidth + Gap : 0); // symmetric, so the text centres on the page
            textHeight = Column(ctx, letterhead.OrganizationName, letterhead.Address, letterhead.Details, textLeft, textWidth, top, dryRun);
            if (!dryRun && _logo is not null)
            {
                ctx.Add(new ImageOp(ctx.Left, top, logoWidth, logoHeight, _logo));
            }
        }
        else
        {
            var columnWidth = (ctx.ContentWidth - logoWidth - (2 * Gap)) / 2;
            var left = Column(ctx, letterhead.OrganizationName, letterhead.Address, letterhead.Details, ctx.Left, columnWidth, top, dryRun);
            var right = Column(ctx, letterhead.SecondName, letterhead.SecondAddress, null, ctx.Right - columnWidth, columnWidth, top, dryRun);
            textHeight = Math.Max(left, right);
            if (!dryRun && _logo is not null)
            {
                ctx.Add(new ImageOp(ctx.Left + columnWidth + Gap, top, logoWidth, logoHeight, _logo));
            }
        }

        var ruleY = top + Math.Max(textHeight, logoHeight) + 4;
        if (!dryRun)
        {
            ctx.Add(new LineOp(ctx.Left, ruleY, ctx.Right, ruleY, 1.5));
            ctx.Add(new LineOp(ctx.Left, ruleY + 2.5, ctx.Right, ruleY + 2.5, 0.5));
        }

        return ruleY + 3 - top;
    }

    private static double Column(LayoutContext ctx, string name, string? address, string? details, double x, double width, double top, bool dryRun)
    {
        var y = top;
        y += Lines(ctx, name, ctx.Options.FontSize - 1, bold: true, x, width, y, dryRun);
        if (!string.IsNullOrEmpty(address))
        {
            y += 2 + Lines(ctx, address, ctx.Options.FontSize - 3, bold: false, x, width, y + 2, dryRun);
        }

        if (!string.IsNullOrEmpty(details))
        {
            y += Lines(ctx, details, ctx.Options.FontSize - 3, bold: false, x, width, y, dryRun);
        }

        return y - top;
    }

    private static double Lines(LayoutContext ctx, string text, double size, bool bold, double x, double width, double top, bool dryRun)
    {
        var font = ctx.Font(size, bold);
        var lineHeight = size * 1.15;
        var lines = LineBreaker.Break([new StyledText(text, font)], width, ctx.Measurer, hyphenator: ctx.Hyphenator);
        if (!dryRun)
        {
            var offset = TextPlacer.BaselineOffset(ctx.Measurer, font, lineHeight);
            for (var i = 0; i < lines.Count; i++)
            {
                TextPlacer.Emit(ctx.Page.Ops, lines[i], x, width, top + (i * lineHeight) + offset, TextAlignment.Center);
            }
        }

        return lines.Count * lineHeight;
    }
}
