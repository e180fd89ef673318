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

        var images = new Dictionary<DocumentImage, XImage>(ReferenceEqualityComparer.Instance);
        var pens = new Dictionary<double, XPen>();
        var brushes = new Dictionary<double, XBrush>();
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
                    .Concat(laidOut.Ops.Where(o => o is TextOp)))
                {
                    switch (op)
                    {
                        case TextOp t:
                            gfx.DrawString(t.Text, DocumentFonts.Get(t.Font), XBrushes.Black, t.X, t.Baseline, XStringFormats.BaseLineLeft);
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
                    }
                }
            }

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
}
