using WblPortal.Infrastructure.Documents.Hyphenation;

namespace WblPortal.Infrastructure.Documents.Layout;

/// <summary>The flow cursor: the current page, the y position in it and the content box.</summary>
public sealed class LayoutContext
{
    private const double Epsilon = 0.01;
    private readonly List<LayoutPage> _pages = [];

    public LayoutContext(DocumentOptions options, ITextMeasurer measurer)
    {
        Options = options;
        Measurer = measurer;
        Orientation = options.Orientation;
        Hyphenator = Hyphenators.For(options.Language);
        StartPage();
    }

    public IHyphenator Hyphenator { get; }

    /// <summary>
    /// Set by the builder for the block being laid out: how many of its last lines (paragraph) or rows (table) must begin
    /// a new page, so that the block after it (a signature) does not stand alone there; 0 for none.
    /// </summary>
    public int CarryOver { get; internal set; }

    public DocumentOptions Options { get; }

    public ITextMeasurer Measurer { get; }

    public PageOrientation Orientation { get; private set; }

    public IReadOnlyList<LayoutPage> Pages => _pages;

    public LayoutPage Page => _pages[^1];

    public double Y { get; set; }

    public double Left => Options.Margins.Left;

    public double Right => Page.Width - Options.Margins.Right;

    public double Top => Options.Margins.Top;

    public double Bottom => Page.Height - Options.Margins.Bottom;

    public double ContentWidth => Right - Left;

    /// <summary>Height of the content box of an empty page.</summary>
    public double PageContentHeight => Bottom - Top;

    public double Remaining => Bottom - Y;

    public bool AtPageTop => Y <= Top + Epsilon;

    public bool Fits(double height) => height <= Remaining + Epsilon;

    public FontSpec Font(double? size = null, bool bold = false, bool italic = false) =>
        new(Options.FontFamily, size ?? Options.FontSize, bold, italic);

    public double LineHeight(double size) => size * Options.LineSpacing;

    public void NewPage(PageOrientation? orientation = null)
    {
        // An untouched page is reused rather than left blank.
        if (AtPageTop && Page.Ops.Count == 0)
        {
            if (orientation is { } o && o != Orientation)
            {
                Orientation = o;
                _pages.RemoveAt(_pages.Count - 1);
                StartPage();
            }

            return;
        }

        Orientation = orientation ?? Orientation;
        StartPage();
    }

    /// <summary>Vertical space; swallowed at the top of a page, clipped at its bottom.</summary>
    public void Space(double height)
    {
        if (AtPageTop || height <= 0)
        {
            return;
        }

        Y = Math.Min(Y + height, Bottom);
    }

    /// <summary>Starts a new page unless <paramref name="height"/> fits in what is left of this one.</summary>
    public void EnsureRoom(double height)
    {
        if (!Fits(height) && !AtPageTop)
        {
            NewPage();
        }
    }

    public void Add(DrawOp op) => Page.Ops.Add(op);

    /// <summary>The pages that carry something, renumbered: a page left with nothing on it must not print as a sheet with
    /// only the running footer.</summary>
    public IReadOnlyList<LayoutPage> NonEmptyPages()
    {
        if (_pages.TrueForAll(p => p.Ops.Count > 0) || _pages.Count == 1)
        {
            return _pages;
        }

        var kept = new List<LayoutPage>();
        foreach (var page in _pages.Where(p => p.Ops.Count > 0))
        {
            var copy = new LayoutPage(kept.Count + 1, page.Width, page.Height, page.Orientation);
            copy.Ops.AddRange(page.Ops);
            kept.Add(copy);
        }

        return kept.Count == 0 ? [_pages[0]] : kept;
    }

    /// <summary>More pages than any document of the portal needs (the longest, a year's diary, takes tens): a layout that
    /// gets here has a loop that no longer advances, and stops with an error instead of growing until the process is
    /// killed.</summary>
    public const int MaxPages = 3000;

    private void StartPage()
    {
        if (_pages.Count >= MaxPages)
        {
            throw new InvalidOperationException($"The layout exceeded {MaxPages} pages: a loop in the layout does not advance.");
        }

        var (w, h) = Orientation == PageOrientation.Portrait
            ? (Units.A4ShortSide, Units.A4LongSide)
            : (Units.A4LongSide, Units.A4ShortSide);
        _pages.Add(new LayoutPage(_pages.Count + 1, w, h, Orientation));
        Y = Top;
    }
}
