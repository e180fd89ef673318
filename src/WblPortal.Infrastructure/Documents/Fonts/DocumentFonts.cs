using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Reflection;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace WblPortal.Infrastructure.Documents.Fonts;

/// <summary>
/// The fonts every portal PDF uses. They are DejaVu TTF files embedded in this assembly (see LICENSE-DejaVu.txt),
/// served to PDFsharp by <see cref="EmbeddedFontResolver"/>, so documents never depend on the host's fonts and
/// always carry Kyrgyz letters (ң ө ү). PDFsharp embeds a subset of each face used in a document.
/// </summary>
public static class DocumentFonts
{
    /// <summary>Body text of official documents: a serif close in colour to the Times used on paper.</summary>
    public const string Serif = "DejaVu Serif";

    /// <summary>Narrower serif, for dense tables.</summary>
    public const string SerifCondensed = "DejaVu Serif Condensed";

    private static readonly object Gate = new();
    private static volatile bool _registered;
    private static readonly ConcurrentDictionary<FontSpec, XFont> Fonts = new();
    private static readonly XPdfFontOptions PdfOptions = new(PdfFontEncoding.Unicode);
    private static readonly ConcurrentDictionary<string, FrozenDictionary<int, string>> CompositeHelpers = new();

    /// <summary>
    /// Installs the embedded-font resolver as PDFsharp's global resolver, once per process. PDFsharp allows the
    /// resolver to be set only before the first font operation, so every entry point calls this first.
    /// </summary>
    public static void EnsureRegistered()
    {
        if (_registered)
        {
            return;
        }

        lock (Gate)
        {
            if (_registered)
            {
                return;
            }

            var current = GlobalFontSettings.FontResolver;
            if (current is null)
            {
                GlobalFontSettings.FontResolver = EmbeddedFontResolver.Instance;
            }
            else if (!ReferenceEquals(current, EmbeddedFontResolver.Instance))
            {
                throw new InvalidOperationException(
                    $"PDFsharp already has a font resolver ({current.GetType().FullName}); the portal's documents need {nameof(EmbeddedFontResolver)}.");
            }

            _registered = true;
        }
    }

    /// <summary>A shared XFont for the spec; XFont creation is expensive, so instances are cached for the process.</summary>
    public static XFont Get(in FontSpec spec)
    {
        if (Fonts.TryGetValue(spec, out var font))
        {
            return font;
        }

        EnsureRegistered();
        return Fonts.GetOrAdd(spec, static s => new XFont(s.Family, s.Size, s.Style, PdfOptions));
    }

    /// <summary>
    /// For the face of the spec: code point → characters that must also be marked used in that font so PDFsharp's
    /// subset keeps every outline the character's composite glyph is built from (see <see cref="CompositeGlyphs"/>).
    /// </summary>
    public static FrozenDictionary<int, string> CompositeHelperCharacters(in FontSpec spec)
    {
        var face = EmbeddedFontResolver.Instance.ResolveTypeface(spec.Family, spec.Bold, spec.Italic)!.FaceName;
        return CompositeHelpers.TryGetValue(face, out var helpers)
            ? helpers
            : CompositeHelpers.GetOrAdd(face, static f => CompositeGlyphs.HelperCharacters(EmbeddedFontResolver.Instance.GetFont(f)));
    }
}

/// <summary>Serves the DejaVu faces embedded in this assembly; unknown families fall back to DejaVu Serif.</summary>
public sealed class EmbeddedFontResolver : IFontResolver
{
    public static readonly EmbeddedFontResolver Instance = new();

    private const string ResourcePrefix = "WblPortal.Infrastructure.Documents.Fonts.";
    private readonly ConcurrentDictionary<string, byte[]> _faces = new();

    private EmbeddedFontResolver()
    {
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        var family = string.Equals(familyName, DocumentFonts.SerifCondensed, StringComparison.OrdinalIgnoreCase)
            ? "DejaVuSerifCondensed"
            : "DejaVuSerif";

        // Only regular, bold and italic faces are bundled; bold italic is simulated (slanted bold).
        return (bold, italic) switch
        {
            (false, false) => new FontResolverInfo(family),
            (true, false) => new FontResolverInfo(family + "-Bold"),
            (false, true) => new FontResolverInfo(family + "-Italic"),
            _ => new FontResolverInfo(family + "-Bold", mustSimulateBold: false, mustSimulateItalic: true),
        };
    }

    public byte[]? GetFont(string faceName) => _faces.GetOrAdd(faceName, Load);

    private static byte[] Load(string faceName)
    {
        using var stream = typeof(EmbeddedFontResolver).Assembly.GetManifestResourceStream(ResourcePrefix + faceName + ".ttf")
            ?? throw new InvalidOperationException($"Font face '{faceName}' is not embedded in {Assembly.GetExecutingAssembly().GetName().Name}.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }
}
