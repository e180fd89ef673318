using System.IO.Compression;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Tokens;

namespace WblPortal.UnitTests.Documents;

/// <summary>Reads a generated PDF back with PdfPig, the way a reader (or a copy-paste) sees it.</summary>
public sealed class PdfReadBack : IDisposable
{
    private readonly PdfDocument _document;

    public PdfReadBack(byte[] pdf)
    {
        _document = PdfDocument.Open(pdf);
        Pages = _document.GetPages().ToArray();
    }

    public IReadOnlyList<Page> Pages { get; }

    /// <summary>The page's words in reading order joined by single spaces, so phrases can be searched.</summary>
    public string Text(int pageIndex) => string.Join(' ', Pages[pageIndex].GetWords().Select(w => w.Text));

    public string AllText => string.Join(' ', Pages.Select((_, i) => Text(i)));

    public IEnumerable<string> Words => Pages.SelectMany(p => p.GetWords().Select(w => w.Text));

    /// <summary>True when the letter's font program is inside the file (FontFile/FontFile2/FontFile3 in its descriptor).</summary>
    public bool IsEmbedded(Letter letter)
    {
        var reference = letter.FontDetails.FontDictionaryReference
            ?? throw new InvalidOperationException("The font was not loaded from an indirect object.");
        var font = Resolve<DictionaryToken>(new IndirectReferenceToken(reference));
        if (font.Data.TryGetValue("DescendantFonts", out var descendants))
        {
            font = Resolve<DictionaryToken>(Resolve<ArrayToken>(descendants).Data[0]);
        }

        var descriptor = Resolve<DictionaryToken>(font.Data["FontDescriptor"]);
        return descriptor.Data.ContainsKey("FontFile2") || descriptor.Data.ContainsKey("FontFile") || descriptor.Data.ContainsKey("FontFile3");
    }

    /// <summary>The embedded TrueType programs (FontFile2) of the fonts the pages' letters use, by font name.</summary>
    public IReadOnlyDictionary<string, byte[]> EmbeddedTrueTypeFonts()
    {
        var fonts = new Dictionary<string, byte[]>();
        foreach (var letter in Pages.SelectMany(p => p.Letters).DistinctBy(l => l.FontName))
        {
            var font = Resolve<DictionaryToken>(new IndirectReferenceToken(letter.FontDetails.FontDictionaryReference!.Value));
            if (font.Data.TryGetValue("DescendantFonts", out var descendants))
            {
                font = Resolve<DictionaryToken>(Resolve<ArrayToken>(descendants).Data[0]);
            }

            var descriptor = Resolve<DictionaryToken>(font.Data["FontDescriptor"]);
            var stream = Resolve<StreamToken>(descriptor.Data["FontFile2"]);
            var data = stream.Data.ToArray();
            if (stream.StreamDictionary.Data.TryGetValue("Filter", out var filter) && filter is NameToken { Data: "FlateDecode" })
            {
                using var inflated = new MemoryStream();
                using (var z = new ZLibStream(new MemoryStream(data), CompressionMode.Decompress))
                {
                    z.CopyTo(inflated);
                }

                data = inflated.ToArray();
            }

            fonts[letter.FontName!] = data;
        }

        return fonts;
    }

    public void Dispose() => _document.Dispose();

    private T Resolve<T>(IToken token) where T : IToken =>
        (T)(token is IndirectReferenceToken r ? _document.Structure.GetObject(r.Data).Data : token);
}

/// <summary>Small images made in code, so tests need no files.</summary>
public static class TestImages
{
    /// <summary>An 8-bit RGB PNG of the given size (a red-to-blue gradient).</summary>
    public static byte[] RgbPng(int width, int height)
    {
        var raw = new MemoryStream();
        for (var y = 0; y < height; y++)
        {
            raw.WriteByte(0); // filter: none
            for (var x = 0; x < width; x++)
            {
                raw.WriteByte((byte)(255 * x / Math.Max(1, width - 1)));
                raw.WriteByte(40);
                raw.WriteByte((byte)(255 * y / Math.Max(1, height - 1)));
            }
        }

        var compressed = new MemoryStream();
        using (var z = new ZLibStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            z.Write(raw.ToArray());
        }

        var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        WriteBigEndian(header, 0, width);
        WriteBigEndian(header, 4, height);
        header[8] = 8; // bit depth
        header[9] = 2; // colour type: RGB
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", compressed.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream s, string type, byte[] data)
    {
        var length = new byte[4];
        WriteBigEndian(length, 0, data.Length);
        s.Write(length);
        var typeAndData = System.Text.Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        s.Write(typeAndData);
        var crc = new byte[4];
        WriteBigEndian(crc, 0, (int)Crc32(typeAndData));
        s.Write(crc);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }

    private static void WriteBigEndian(byte[] b, int offset, int value)
    {
        b[offset] = (byte)(value >> 24);
        b[offset + 1] = (byte)(value >> 16);
        b[offset + 2] = (byte)(value >> 8);
        b[offset + 3] = (byte)value;
    }
}
