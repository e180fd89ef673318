using System.Text;

namespace WblPortal.Domain.Files;

/// <summary>
/// What an uploaded file really is, proven by its whole structure rather than its name, its declared type or its first
/// bytes alone: a PDF must start with <c>%PDF-</c> and end with <c>%%EOF</c>, a PNG must run from its signature and
/// IHDR chunk to its IEND chunk, a JPEG from SOI to EOI, a DOCX must be a ZIP holding <c>word/document.xml</c>; and no
/// file may carry HTML or script markup (a polyglot that a browser could be tricked into rendering).
/// </summary>
public static class FileSignatures
{
    public const string Pdf = "application/pdf";
    public const string Jpeg = "image/jpeg";
    public const string Png = "image/png";
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static readonly string[] ActiveMarkup = ["<html", "<script", "<!doctype", "<body", "<iframe", "<svg", "<object", "<embed", "javascript:"];

    /// <summary>The content type the bytes prove, or null when they prove none of the known types or carry markup.</summary>
    public static string? Sniff(ReadOnlySpan<byte> c)
    {
        var type = IsPdf(c) ? Pdf : IsPng(c) ? Png : IsJpeg(c) ? Jpeg : IsDocx(c) ? Docx : null;
        return type is not null && !HasActiveMarkup(c) ? type : null;
    }

    /// <summary>The uploaded name kept for the user, with the extension of the proven type (never the sender's .html).</summary>
    public static string SafeFileName(string fileName, string contentType)
    {
        var stem = Path.GetFileNameWithoutExtension(Path.GetFileName(fileName.Replace('\\', '/')));
        stem = new string(stem.Where(ch => !char.IsControl(ch) && ch is not ('"' or '/' or ':' or '*' or '?' or '<' or '>' or '|')).ToArray()).Trim();
        if (stem.Length == 0)
        {
            stem = "file";
        }

        return stem[..Math.Min(stem.Length, 120)] + Extension(contentType);
    }

    public static string Extension(string contentType) => contentType switch
    {
        Pdf => ".pdf",
        Png => ".png",
        Jpeg => ".jpg",
        Docx => ".docx",
        _ => ".bin",
    };

    private static bool IsPdf(ReadOnlySpan<byte> c) =>
        c.StartsWith("%PDF-"u8) && Tail(c, 1024).IndexOf("%%EOF"u8) >= 0;

    private static bool IsPng(ReadOnlySpan<byte> c) =>
        c.Length >= 8 + 25 + 12
        && c.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        && c.Slice(12, 4).SequenceEqual("IHDR"u8)
        && c[^12..].SequenceEqual((ReadOnlySpan<byte>)[0, 0, 0, 0, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82]);

    private static bool IsJpeg(ReadOnlySpan<byte> c) =>
        c.Length >= 4 && c[0] == 0xFF && c[1] == 0xD8 && c[2] == 0xFF && EndsWithEoi(c);

    private static bool EndsWithEoi(ReadOnlySpan<byte> c)
    {
        // Some cameras pad after the end-of-image marker with zeros; nothing else may follow it.
        var end = c.Length;
        while (end > 2 && c[end - 1] == 0)
        {
            end--;
        }

        return c[end - 2] == 0xFF && c[end - 1] == 0xD9;
    }

    private static bool IsDocx(ReadOnlySpan<byte> c) =>
        c.StartsWith((ReadOnlySpan<byte>)[0x50, 0x4B, 0x03, 0x04]) && c.IndexOf("word/document.xml"u8) >= 0;

    private static ReadOnlySpan<byte> Tail(ReadOnlySpan<byte> c, int length) => c.Length <= length ? c : c[^length..];

    private static bool HasActiveMarkup(ReadOnlySpan<byte> c)
    {
        foreach (var marker in ActiveMarkup)
        {
            if (IndexOfIgnoreAsciiCase(c, Encoding.ASCII.GetBytes(marker)) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static int IndexOfIgnoreAsciiCase(ReadOnlySpan<byte> haystack, ReadOnlySpan<byte> lowerNeedle)
    {
        var first = lowerNeedle[0];
        for (var i = haystack.IndexOf(first); i >= 0 && i <= haystack.Length - lowerNeedle.Length;)
        {
            var match = true;
            for (var j = 1; j < lowerNeedle.Length && match; j++)
            {
                var b = haystack[i + j];
                match = (b is >= (byte)'A' and <= (byte)'Z' ? (byte)(b | 0x20) : b) == lowerNeedle[j];
            }

            if (match)
            {
                return i;
            }

            var next = haystack[(i + 1)..].IndexOf(first);
            i = next < 0 ? -1 : i + 1 + next;
        }

        return -1;
    }
}
