using System.Buffers.Binary;
using System.Text;
using WblPortal.Infrastructure.Documents;
using WblPortal.Infrastructure.Documents.Fonts;
using WblPortal.Infrastructure.Documents.Layout;

namespace WblPortal.UnitTests.Documents;

/// <summary>
/// DejaVu builds some letters from other glyphs, some of which are composites themselves (Ё = Cyrillic Е + diaeresis,
/// Cyrillic Е = Latin E). PDFsharp's subsetter keeps only one level of components, so these tests read the embedded
/// font subsets back and check that every composite glyph in them can actually be drawn.
/// </summary>
public class GlyphSubsetTests
{
    /// <summary>Letters whose DejaVu glyphs are composites (Ң ң are drawn directly; they are here as a control).</summary>
    private const string Letters = "ЁЙёйЇїЎўҢңӨөҮү";

    /// <summary>No page number, so the page's only text (and font) is the test's.</summary>
    private static readonly DocumentOptions SinglePage = new() { OmitRunningTextsOnSinglePage = true };

    [Fact]
    public void ToPdf_BoldYoWithoutAnyOtherE_KeepsTheOutlineOfItsBaseLetter()
    {
        var pdf = new PdfDocumentBuilder(SinglePage).Heading("ТРЁХ").ToPdf();

        using var read = new PdfReadBack(pdf);
        Assert.Equal("ТРЁХ", read.Text(0));
        var (name, ttf) = Assert.Single(read.EmbeddedTrueTypeFonts());
        Assert.Contains("Bold", name, StringComparison.Ordinal);
        var subset = new GlyphTable(ttf);
        Assert.True(subset.NestedComposites().Any(), "Ё should be a composite of the composite Е in DejaVu Serif Bold");
        Assert.Empty(subset.MissingComponents());
    }

    public static TheoryData<string, bool, bool> Faces => new()
    {
        { DocumentFonts.Serif, false, false },
        { DocumentFonts.Serif, true, false },
        { DocumentFonts.Serif, false, true },
        { DocumentFonts.SerifCondensed, false, false },
        { DocumentFonts.SerifCondensed, true, false },
        { DocumentFonts.SerifCondensed, false, true },
    };

    [Theory]
    [MemberData(nameof(Faces))]
    public void ToPdf_EachCompositeLetterAlone_HasEveryComponentInTheSubset(string family, bool bold, bool italic)
    {
        foreach (var letter in Letters)
        {
            var pdf = new PdfDocumentBuilder(SinglePage with { FontFamily = family })
                .Paragraph([new TextRun(letter.ToString(), bold, italic)], new ParagraphStyle { FirstLineIndent = 0 })
                .ToPdf();

            using var read = new PdfReadBack(pdf);
            Assert.Equal(letter.ToString(), read.Text(0));
            var (_, ttf) = Assert.Single(read.EmbeddedTrueTypeFonts());
            var subset = new GlyphTable(ttf);
            Assert.True(subset.DrawnGlyphs() >= 2, $"{letter}: no outline besides .notdef in the subset");
            Assert.True(subset.MissingComponents().Count == 0, $"{letter} ({family}, bold {bold}, italic {italic}): components {string.Join(", ", subset.MissingComponents())} are missing");
        }
    }

    [Fact]
    public void ToPdf_MixedText_HelperLettersDoNotAppearInTheText()
    {
        const string text = "Ёлка, ёж, Йод, Їжак, Ўзбек, Өмүр Үсөн Ң";
        var pdf = new PdfDocumentBuilder(SinglePage)
            .Paragraph([TextRun.Strong(text)], new ParagraphStyle { FirstLineIndent = 0 })
            .Paragraph([TextRun.Emphasis(text)], new ParagraphStyle { FirstLineIndent = 0 })
            .ToPdf();

        using var read = new PdfReadBack(pdf);
        Assert.Equal(text + " " + text, read.Text(0));
        Assert.Equal(2, read.EmbeddedTrueTypeFonts().Count);
        Assert.All(read.EmbeddedTrueTypeFonts().Values, ttf => Assert.Empty(new GlyphTable(ttf).MissingComponents()));
    }

    [Fact]
    public void CompositeGlyphs_DejaVuSerifBold_NamesCyrillicEForYo()
    {
        var helpers = DocumentFonts.CompositeHelperCharacters(new FontSpec(DocumentFonts.Serif, 12, Bold: true));

        Assert.Equal("Е", helpers['Ё']);
        Assert.Equal("е", helpers['ё']);
        Assert.False(helpers.ContainsKey('Е')); // Е's only component (Latin E) is kept by PDFsharp itself
        Assert.False(helpers.ContainsKey('Ң'));
    }

    /// <summary>Reads the 'loca' and 'glyf' tables of a TrueType file (PDFsharp's subsets keep the glyph ids).</summary>
    private sealed class GlyphTable
    {
        private readonly byte[] _data;
        private readonly int _glyf;
        private readonly int[] _loca;

        public GlyphTable(byte[] data)
        {
            _data = data;
            var tables = new Dictionary<string, int>();
            for (var i = 0; i < U16(4); i++)
            {
                var record = 12 + (16 * i);
                tables[Encoding.ASCII.GetString(data, record, 4)] = (int)BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(record + 8));
            }

            var longOffsets = U16(tables["head"] + 50) == 1;
            var count = U16(tables["maxp"] + 4);
            _loca = Enumerable.Range(0, count + 1)
                .Select(g => longOffsets ? (int)BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(tables["loca"] + (4 * g))) : 2 * U16(tables["loca"] + (2 * g)))
                .ToArray();
            _glyf = tables["glyf"];
        }

        private bool HasOutline(int glyph) => _loca[glyph + 1] > _loca[glyph];

        public int DrawnGlyphs() => Enumerable.Range(0, _loca.Length - 1).Count(HasOutline);

        /// <summary>Components (as "glyph→component") that a glyph kept in the subset refers to but that have no data.</summary>
        public IReadOnlyList<string> MissingComponents() =>
            Enumerable.Range(0, _loca.Length - 1).Where(HasOutline)
                .SelectMany(g => Components(g).Where(c => !HasOutline(c)).Select(c => $"{g}→{c}"))
                .ToList();

        /// <summary>Composite glyphs kept in the subset that have a composite component.</summary>
        public IEnumerable<int> NestedComposites() =>
            Enumerable.Range(0, _loca.Length - 1).Where(g => HasOutline(g) && Components(g).Any(c => HasOutline(c) && Components(c).Count > 0));

        private List<int> Components(int glyph)
        {
            var components = new List<int>();
            var at = _glyf + _loca[glyph];
            if (!HasOutline(glyph) || (short)U16(at) >= 0)
            {
                return components;
            }

            at += 10;
            int flags;
            do
            {
                flags = U16(at);
                components.Add(U16(at + 2));
                at += 4 + ((flags & 0x1) != 0 ? 4 : 2) + ((flags & 0x8) != 0 ? 2 : (flags & 0x40) != 0 ? 4 : (flags & 0x80) != 0 ? 8 : 0);
            }
            while ((flags & 0x20) != 0);

            return components;
        }

        private int U16(int at) => BinaryPrimitives.ReadUInt16BigEndian(_data.AsSpan(at));
    }
}
