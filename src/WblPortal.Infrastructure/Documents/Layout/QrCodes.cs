using System.Collections;
using QRCoder;
using WblPortal.Infrastructure.Documents.Layout;

namespace WblPortal.Infrastructure.Documents;

/// <summary>
/// QR codes (QRCoder). In PDFs they are drawn as vector squares rather than embedded as PNG: PDFsharp 6.2 cannot
/// import QRCoder's 1-bit palette PNGs, and vectors stay sharp at any print resolution and need no image decoding.
/// </summary>
public static class QrCodes
{
    /// <summary>The module matrix, quiet zone included; true is a dark module. Error correction M survives a stamp or a fold.</summary>
    public static IReadOnlyList<BitArray> Modules(string payload)
    {
        ArgumentException.ThrowIfNullOrEmpty(payload);
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(payload, QRCodeGenerator.ECCLevel.M);
        return data.ModuleMatrix.Select(row => new BitArray(row)).ToArray();
    }

    /// <summary>A PNG of the code, for web pages (not for PDFs, see the class remarks).</summary>
    public static byte[] Png(string payload, int pixelsPerModule = 8)
    {
        ArgumentException.ThrowIfNullOrEmpty(payload);
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(payload, QRCodeGenerator.ECCLevel.M);
        return new PngByteQRCode(data).GetGraphic(pixelsPerModule);
    }

    /// <summary>Draws the modules in a square; each row's run of dark modules is one filled rectangle.</summary>
    public static void Draw(List<DrawOp> ops, IReadOnlyList<BitArray> modules, double x, double y, double size)
    {
        var n = modules.Count;
        var module = size / n;
        for (var r = 0; r < n; r++)
        {
            var row = modules[r];
            var c = 0;
            while (c < n)
            {
                if (!row[c])
                {
                    c++;
                    continue;
                }

                var start = c;
                while (c < n && row[c])
                {
                    c++;
                }

                // A hair of overlap with the next row avoids seams between rows in anti-aliasing viewers.
                ops.Add(new FillOp(x + (start * module), y + (r * module), (c - start) * module, module + 0.05, 0));
            }
        }
    }
}

