using System.Buffers.Binary;
using System.Collections.Frozen;
using System.Text;

namespace WblPortal.Infrastructure.Documents.Fonts;

/// <summary>
/// Works around a PDFsharp 6.2.4 subsetting gap. A TrueType composite glyph is drawn from other glyphs, and those
/// may be composites too: DejaVu builds Ё from Cyrillic Е (itself a composite of Latin E) plus a diaeresis. When
/// PDFsharp subsets a font it adds the components of the glyphs a document used, but only one level deep
/// (GlyphDataTable.CompleteGlyphClosure), so Ё alone keeps Cyrillic Е's reference but loses the Latin E outline and
/// prints as a bare diaeresis. For each character whose glyph needs such a deeper component, this table gives the
/// characters that, when also marked used in the same font, make PDFsharp's one-level closure complete (for Ё: "Е").
/// <see cref="Layout.PdfRenderer"/> draws them only into a form XObject that no page references, so they enlarge
/// the subset by a few glyphs but never appear on a page or in extracted text.
/// </summary>
public static class CompositeGlyphs
{
    private const int MaxDepth = 8; // the TrueType format allows deeper nesting than fonts use; also stops cycles

    /// <summary>Code point → characters to mark used as well; only characters that need any are listed.</summary>
    public static FrozenDictionary<int, string> HelperCharacters(ReadOnlySpan<byte> ttf)
    {
        var font = new TrueTypeFile(ttf);
        var result = new Dictionary<int, string>();
        var helpers = new SortedSet<int>();
        foreach (var (codePoint, glyph) in font.CodePointToGlyph)
        {
            helpers.Clear();
            foreach (var component in font.Components(glyph))
            {
                // The glyph's direct components are kept by PDFsharp; only what lies below them needs help.
                Cover(font, component, 1, helpers);
            }

            helpers.Remove(codePoint);
            if (helpers.Count > 0)
            {
                var text = new StringBuilder();
                foreach (var helper in helpers)
                {
                    text.Append(char.ConvertFromUtf32(helper));
                }

                result[codePoint] = text.ToString();
            }
        }

        return result.ToFrozenDictionary();
    }

    private static void Cover(TrueTypeFile font, int glyph, int depth, SortedSet<int> helpers)
    {
        var components = font.Components(glyph);
        if (components.Count == 0 || depth > MaxDepth)
        {
            return;
        }

        // Marking this composite used keeps its own components; if no character maps to it, mark them one by one.
        if (font.GlyphToCodePoint.TryGetValue(glyph, out var codePoint))
        {
            helpers.Add(codePoint);
        }
        else
        {
            foreach (var component in components)
            {
                if (font.GlyphToCodePoint.TryGetValue(component, out var componentCodePoint))
                {
                    helpers.Add(componentCodePoint);
                }
            }
        }

        foreach (var component in components)
        {
            Cover(font, component, depth + 1, helpers);
        }
    }

    /// <summary>Just enough of a TrueType file: the Unicode cmap and the components of composite glyphs.</summary>
    private sealed class TrueTypeFile
    {
        private readonly byte[] _data;
        private readonly int _glyf;
        private readonly int[] _loca;

        public TrueTypeFile(ReadOnlySpan<byte> data)
        {
            _data = data.ToArray();
            var tables = new Dictionary<string, int>();
            int count = U16(4);
            for (var i = 0; i < count; i++)
            {
                var record = 12 + (16 * i);
                tables[Encoding.ASCII.GetString(_data, record, 4)] = (int)U32(record + 8);
            }

            var longOffsets = S16(tables["head"] + 50) == 1;
            int glyphCount = U16(tables["maxp"] + 4);
            _loca = new int[glyphCount + 1];
            for (var g = 0; g <= glyphCount; g++)
            {
                _loca[g] = longOffsets ? (int)U32(tables["loca"] + (4 * g)) : 2 * U16(tables["loca"] + (2 * g));
            }

            _glyf = tables["glyf"];
            CodePointToGlyph = ReadCmap(tables["cmap"]);
            GlyphToCodePoint = new Dictionary<int, int>();
            foreach (var (codePoint, glyph) in CodePointToGlyph.OrderBy(p => p.Key))
            {
                GlyphToCodePoint.TryAdd(glyph, codePoint); // lowest code point for a glyph shared by several
            }
        }

        public Dictionary<int, int> CodePointToGlyph { get; }

        public Dictionary<int, int> GlyphToCodePoint { get; }

        /// <summary>The glyphs a composite glyph is made of; empty for a simple or empty glyph.</summary>
        public List<int> Components(int glyph)
        {
            if (glyph < 0 || glyph + 1 >= _loca.Length || _loca[glyph] == _loca[glyph + 1])
            {
                return [];
            }

            var at = _glyf + _loca[glyph];
            if (S16(at) >= 0)
            {
                return [];
            }

            const int argsAreWords = 0x1, haveScale = 0x8, moreComponents = 0x20, haveXyScale = 0x40, haveTwoByTwo = 0x80;
            var components = new List<int>();
            at += 10;
            int flags;
            do
            {
                flags = U16(at);
                components.Add(U16(at + 2));
                at += 4 + ((flags & argsAreWords) != 0 ? 4 : 2);
                at += (flags & haveScale) != 0 ? 2 : (flags & haveXyScale) != 0 ? 4 : (flags & haveTwoByTwo) != 0 ? 8 : 0;
            }
            while ((flags & moreComponents) != 0);

            return components;
        }

        private Dictionary<int, int> ReadCmap(int cmap)
        {
            int format4 = -1, format12 = -1;
            int count = U16(cmap + 2);
            for (var i = 0; i < count; i++)
            {
                var record = cmap + 4 + (8 * i);
                int platform = U16(record), encoding = U16(record + 2);
                var subtable = cmap + (int)U32(record + 4);
                if (U16(subtable) == 12 && (platform == 3 && encoding == 10 || platform == 0))
                {
                    format12 = subtable;
                }
                else if (U16(subtable) == 4 && (platform == 3 && encoding == 1 || platform == 0))
                {
                    format4 = subtable;
                }
            }

            var map = new Dictionary<int, int>();
            if (format12 >= 0)
            {
                var groups = (int)U32(format12 + 12);
                for (var i = 0; i < groups; i++)
                {
                    var group = format12 + 16 + (12 * i);
                    var start = (int)U32(group);
                    var end = (int)U32(group + 4);
                    var glyph = (int)U32(group + 8);
                    for (var c = start; c <= end; c++)
                    {
                        map[c] = glyph + (c - start);
                    }
                }
            }
            else if (format4 >= 0)
            {
                var segments = U16(format4 + 6) / 2;
                var ends = format4 + 14;
                var starts = ends + (2 * segments) + 2;
                var deltas = starts + (2 * segments);
                var rangeOffsets = deltas + (2 * segments);
                for (var s = 0; s < segments; s++)
                {
                    int start = U16(starts + (2 * s)), end = U16(ends + (2 * s)), delta = U16(deltas + (2 * s));
                    int rangeOffset = U16(rangeOffsets + (2 * s));
                    for (var c = start; c <= end && c != 0xFFFF; c++)
                    {
                        var glyph = rangeOffset == 0 ? c : U16(rangeOffsets + (2 * s) + rangeOffset + (2 * (c - start)));
                        if (rangeOffset == 0 || glyph != 0)
                        {
                            glyph = (glyph + delta) & 0xFFFF;
                        }

                        if (glyph != 0)
                        {
                            map[c] = glyph;
                        }
                    }
                }
            }

            return map;
        }

        private int U16(int at) => BinaryPrimitives.ReadUInt16BigEndian(_data.AsSpan(at));

        private short S16(int at) => BinaryPrimitives.ReadInt16BigEndian(_data.AsSpan(at));

        private uint U32(int at) => BinaryPrimitives.ReadUInt32BigEndian(_data.AsSpan(at));
    }
}
