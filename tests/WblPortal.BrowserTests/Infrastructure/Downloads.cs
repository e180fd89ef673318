using System.IO.Compression;
using System.Xml.Linq;
using Microsoft.Playwright;
using UglyToad.PdfPig;

namespace WblPortal.BrowserTests.Infrastructure;

/// <summary>Files the browser downloads, read back the way a person's software would: xlsx sheets as cell grids,
/// PDFs as pages with their size and words (PdfPig).</summary>
public static class Downloads
{
    /// <summary>Clicks what starts a download and returns the downloaded file's name and bytes.</summary>
    public static async Task<(string FileName, byte[] Bytes)> RunAsync(IPage page, ILocator link)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        await using var stream = await download.CreateReadStreamAsync();
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return (download.SuggestedFilename, copy.ToArray());
    }

    /// <summary>The first sheet of an xlsx as rows of cell texts by column letter ("A", "B", …), shared and inline
    /// strings resolved, numbers as written.</summary>
    public static List<Dictionary<string, string>> XlsxRows(byte[] xlsx)
    {
        XNamespace x = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        using var zip = new ZipArchive(new MemoryStream(xlsx));
        XDocument Load(string name)
        {
            using var s = zip.GetEntry(name)!.Open();
            return XDocument.Load(s);
        }

        var shared = zip.GetEntry("xl/sharedStrings.xml") is null
            ? []
            : Load("xl/sharedStrings.xml").Root!.Elements(x + "si").Select(si => string.Concat(si.Descendants(x + "t").Select(t => t.Value))).ToList();
        var sheet = Load("xl/worksheets/sheet1.xml");
        string Text(XElement c) => (string?)c.Attribute("t") switch
        {
            "s" => shared[int.Parse(c.Element(x + "v")!.Value, System.Globalization.CultureInfo.InvariantCulture)],
            "inlineStr" => string.Concat(c.Descendants(x + "t").Select(t => t.Value)),
            _ => c.Element(x + "v")?.Value ?? string.Concat(c.Descendants(x + "t").Select(t => t.Value)),
        };

        // A cell names its column ("r"), or, when the writer leaves the reference out, follows the previous one.
        return sheet.Descendants(x + "row").Select(row =>
        {
            var cells = new Dictionary<string, string>();
            var next = 0;
            foreach (var c in row.Elements(x + "c"))
            {
                var letters = ((string?)c.Attribute("r"))?.TakeWhile(char.IsLetter).ToArray();
                next = letters is { Length: > 0 } ? letters.Aggregate(0, (n, l) => n * 26 + l - 'A' + 1) - 1 : next;
                cells[ColumnName(next)] = Text(c);
                next++;
            }

            return cells;
        }).ToList();
    }

    /// <summary>The spreadsheet name of a zero-based column: 0 → A, 25 → Z, 26 → AA.</summary>
    public static string ColumnName(int index) => index < 26 ? ((char)('A' + index)).ToString() : ColumnName(index / 26 - 1) + (char)('A' + index % 26);

    /// <summary>A PDF's page sizes (points), its words joined by single spaces and its title (document information).</summary>
    public static (IReadOnlyList<(double Width, double Height)> Pages, string Text, string Title) Pdf(byte[] pdf)
    {
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(pdf, 0, 5));
        using var document = PdfDocument.Open(pdf);
        var pages = document.GetPages().ToList();
        return (pages.Select(p => (p.Width, p.Height)).ToList(), string.Join(' ', pages.SelectMany(p => p.GetWords()).Select(w => w.Text)),
            document.Information.Title ?? string.Empty);
    }

    /// <summary>Every page is A4 portrait (595 × 842 pt, ±1).</summary>
    public static void AssertA4(IReadOnlyList<(double Width, double Height)> pages)
    {
        Assert.NotEmpty(pages);
        Assert.All(pages, p =>
        {
            Assert.InRange(p.Width, 594, 596);
            Assert.InRange(p.Height, 841, 843);
        });
    }
}
