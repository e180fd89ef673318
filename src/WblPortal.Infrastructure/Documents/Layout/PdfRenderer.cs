using System.Collections.Frozen;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using WblPortal.Infrastructure.Documents.Fonts;

namespace WblPortal.Infrastructure.Documents.Layout;

/// <summary>Draws laid-out pages with PDFsharp. All decisions were taken during layout; this only paints.</summary>
public static class PdfRenderer
{
    public static void Render(IReadOnlyList<LayoutPage> pages, DocumentOptions options, Stream output)
    {
        DocumentFonts.EnsureRegistered();
        using var document = new PdfDocument();
        document.Options.FlateEncodeMode = PdfFlateEncodeMode.BestSpeed;
        document.Info.Creator = "WBL Portal";
        if (options.Title is not null)
        {
            document.Info.Title = options.Title;
        }

        if (options.Author is not null)
        {
            document.Info.Author = options.Author;
        }

        document.Info.CreationDate = options.CreationDate ?? DateTime.Now;
        document.Language = options.Language;

        var images = new Dictionary<DocumentImage, XImage>(ReferenceEqualityComparer.Instance);
        var pens = new Dictionary<double, XPen>();
        var brushes = new Dictionary<double, XBrush>();
        var glyphClosure = new GlyphClosure();
        try
        {
            foreach (var laidOut in pages)
            {
                var page = document.AddPage();
                page.Width = XUnit.FromPoint(laidOut.Width);
                page.Height = XUnit.FromPoint(laidOut.Height);
                using var gfx = XGraphics.FromPdfPage(page);

                // Painted by kind (shading, images, rules, then text) rather than in layout order: each switch
                // between text and graphics costs PDFsharp a state change, and text must be above shading anyway.
                foreach (var op in laidOut.Ops.Where(o => o is FillOp)
                    .Concat(laidOut.Ops.Where(o => o is ImageOp))
                    .Concat(laidOut.Ops.Where(o => o is LineOp))
                    .Concat(laidOut.Ops.Where(o => o is TextOp))
                    .Concat(laidOut.Ops.Where(o => o is LinkOp)))
                {
                    switch (op)
                    {
                        case TextOp t:
                            var font = DocumentFonts.Get(t.Font);
                            gfx.DrawString(t.Text, font, XBrushes.Black, t.X, t.Baseline, XStringFormats.BaseLineLeft);
                            glyphClosure.Note(t.Text, t.Font, font);
                            break;
                        case LineOp l:
                            if (!pens.TryGetValue(l.Thickness, out var pen))
                            {
                                pens[l.Thickness] = pen = new XPen(XColors.Black, l.Thickness);
                            }

                            gfx.DrawLine(pen, l.X1, l.Y1, l.X2, l.Y2);
                            break;
                        case FillOp f:
                            if (!brushes.TryGetValue(f.Gray, out var brush))
                            {
                                brushes[f.Gray] = brush = new XSolidBrush(XColor.FromGrayScale(f.Gray));
                            }

                            gfx.DrawRectangle(brush, f.X, f.Y, f.Width, f.Height);
                            break;
                        case ImageOp i:
                            if (!images.TryGetValue(i.Image, out var image))
                            {
                                images[i.Image] = image = XImage.FromStream(new MemoryStream(i.Image.Bytes, writable: false));
                            }

                            gfx.DrawImage(image, i.X, i.Y, i.Width, i.Height);
                            break;
                        case LinkOp a:
                            // Annotation rectangles are in PDF space: y grows upwards from the page's bottom edge.
                            page.AddWebLink(new PdfRectangle(new XRect(a.X, laidOut.Height - a.Y - a.Height, a.Width, a.Height)), a.Url);
                            break;
                    }
                }
            }

            glyphClosure.MarkUsed(document);
            document.Save(output, closeStream: false);
        }
        finally
        {
            foreach (var image in images.Values)
            {
                image.Dispose();
            }
        }
    }

    /// <summary>
    /// Collects, per font, the characters PDFsharp must also count as used so that composite glyphs built from
    /// composites (Ё from Е from E in DejaVu) keep all their outlines in the font subset; see <see cref="CompositeGlyphs"/>.
    /// </summary>
    private sealed class GlyphClosure
    {
        private readonly Dictionary<FontSpec, FrozenDictionary<int, string>> _tables = [];
        private readonly Dictionary<XFont, SortedSet<string>> _needed = new(ReferenceEqualityComparer.Instance);

        public void Note(string text, in FontSpec spec, XFont font)
        {
            if (!_tables.TryGetValue(spec, out var table))
            {
                _tables[spec] = table = DocumentFonts.CompositeHelperCharacters(spec);
            }

            foreach (var rune in text.EnumerateRunes())
            {
                if (table.TryGetValue(rune.Value, out var helpers))
                {
                    if (!_needed.TryGetValue(font, out var set))
                    {
                        _needed[font] = set = new SortedSet<string>(StringComparer.Ordinal);
                    }

                    set.Add(helpers);
                }
            }
        }

        /// <summary>
        /// Draws the collected characters into a form XObject that no page uses: PDFsharp counts them as used in the
        /// document's font (fonts are shared by all pages and forms of a document), so the subset keeps their
        /// glyphs, while no page shows them and text extraction never sees them.
        /// </summary>
        public void MarkUsed(PdfDocument document)
        {
            if (_needed.Count == 0)
            {
                return;
            }

            var form = new XForm(document, XUnit.FromPoint(1), XUnit.FromPoint(1));
            using var gfx = XGraphics.FromForm(form);
            foreach (var (font, helpers) in _needed)
            {
                gfx.DrawString(string.Concat(helpers), font, XBrushes.Black, 0, 0);
            }
        }
    }
}
