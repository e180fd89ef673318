namespace WblPortal.Infrastructure.Documents.Layout;

/// <summary>What the layout pass produces and the render pass draws; y grows downwards from the page's top edge.</summary>
public abstract record DrawOp;

/// <summary>Text drawn with its baseline at <see cref="Baseline"/>.</summary>
public sealed record TextOp(double X, double Baseline, string Text, FontSpec Font) : DrawOp;

public sealed record LineOp(double X1, double Y1, double X2, double Y2, double Thickness) : DrawOp;

/// <summary>A filled rectangle (e.g. the shading of a table header); Gray is 0 (black) .. 1 (white).</summary>
public sealed record FillOp(double X, double Y, double Width, double Height, double Gray) : DrawOp;

/// <summary>A clickable area opening <see cref="Url"/> (e.g. the verification page from every page's footer).</summary>
public sealed record LinkOp(double X, double Y, double Width, double Height, string Url) : DrawOp;

public sealed record ImageOp(double X, double Y, double Width, double Height, DocumentImage Image) : DrawOp;

/// <summary>A laid-out page: its size and what is drawn on it.</summary>
public sealed class LayoutPage(int number, double width, double height, PageOrientation orientation)
{
    public int Number { get; } = number;

    public double Width { get; } = width;

    public double Height { get; } = height;

    public PageOrientation Orientation { get; } = orientation;

    public List<DrawOp> Ops { get; } = [];

    /// <summary>All text on the page in drawing order (for tests and diagnostics).</summary>
    public string Text => string.Join('\n', Ops.OfType<TextOp>().Select(o => o.Text));
}

/// <summary>Image bytes (PNG/JPEG) with their pixel size; decoded once per document by the renderer.</summary>
public sealed class DocumentImage
{
    public DocumentImage(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        Bytes = bytes;
        (PixelWidth, PixelHeight) = ImageHeader.ReadSize(bytes);
    }

    public byte[] Bytes { get; }

    public int PixelWidth { get; }

    public int PixelHeight { get; }

    public double AspectRatio => PixelHeight == 0 ? 1 : (double)PixelWidth / PixelHeight;
}

/// <summary>Reads the pixel size from PNG and JPEG headers without decoding the image.</summary>
internal static class ImageHeader
{
    public static (int Width, int Height) ReadSize(byte[] b)
    {
        // PNG: 8-byte signature, then the IHDR chunk with big-endian width and height.
        if (b.Length >= 24 && b[0] == 0x89 && b[1] == (byte)'P' && b[2] == (byte)'N' && b[3] == (byte)'G')
        {
            return (ReadInt32BigEndian(b, 16), ReadInt32BigEndian(b, 20));
        }

        // JPEG: walk the segments to the first start-of-frame marker.
        if (b.Length >= 4 && b[0] == 0xFF && b[1] == 0xD8)
        {
            var i = 2;
            while (i + 9 < b.Length)
            {
                if (b[i] != 0xFF)
                {
                    i++;
                    continue;
                }

                var marker = b[i + 1];
                if (marker is >= 0xC0 and <= 0xCF && marker is not 0xC4 and not 0xC8 and not 0xCC)
                {
                    return ((b[i + 7] << 8) | b[i + 8], (b[i + 5] << 8) | b[i + 6]);
                }

                var length = (b[i + 2] << 8) | b[i + 3];
                i += 2 + length;
            }
        }

        throw new ArgumentException("The image is neither a PNG nor a JPEG file.", nameof(b));
    }

    private static int ReadInt32BigEndian(byte[] b, int offset) =>
        (b[offset] << 24) | (b[offset + 1] << 16) | (b[offset + 2] << 8) | b[offset + 3];
}
