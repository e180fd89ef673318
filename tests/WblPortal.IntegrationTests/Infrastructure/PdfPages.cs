using System.Diagnostics;
using System.Net;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace WblPortal.IntegrationTests.Infrastructure;

/// <summary>PDFs read back with PdfPig, the way a reader (or a copy-paste) sees them. Shared by the document tests
/// (the unit tests link this file too).</summary>
public static class PdfPages
{
    /// <summary>The body of a PDF response, after checking it is one.</summary>
    public static async Task<byte[]> BytesAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>Every word of a PDF response in reading order, joined by single spaces, so phrases can be searched.</summary>
    public static async Task<string> TextAsync(HttpResponseMessage response) => Text(await BytesAsync(response));

    /// <summary>Text to search phrases in: whitespace (no-break spaces too) collapsed to single spaces, and words the layout
    /// hyphenated at a line's end joined again ("баяндал- сын" → "баяндалсын"; "2026- жылдын" → "2026-жылдын").</summary>
    public static string Normalize(string text)
    {
        var spaced = System.Text.RegularExpressions.Regex.Replace(text, @"[\s\u00A0]+", " ");
        var letters = System.Text.RegularExpressions.Regex.Replace(spaced, @"(?<=\p{L})- (?=\p{Ll})", "");
        return System.Text.RegularExpressions.Regex.Replace(letters, @"(?<=\d)- (?=\p{L})", "-");
    }

    public static int PageCount(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.NumberOfPages;
    }

    public static string Text(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join(' ', document.GetPages().Select(p => string.Join(' ', p.GetWords().Select(w => w.Text))));
    }

    /// <summary>
    /// Saves each page as a PNG (<c>pdftoppm</c> from poppler-utils, when installed) into the browser tests' screenshot
    /// folder, named "<paramref name="name"/>-N.png", for a person to review; does nothing without pdftoppm.
    /// </summary>
    public static void SaveImages(byte[] pdf, string name, int dpi = 60)
    {
        var pdftoppm = new[] { "/usr/bin/pdftoppm", "/usr/local/bin/pdftoppm" }.FirstOrDefault(File.Exists);
        var folder = ScreenshotFolder();
        if (pdftoppm is null || folder is null)
        {
            return;
        }

        Directory.CreateDirectory(folder);
        var file = Path.Combine(Path.GetTempPath(), $"wbl-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo(pdftoppm, ["-png", "-r", dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), file, Path.Combine(folder, name)])
            {
                RedirectStandardError = true,
                UseShellExecute = false,
            })!;
            process.WaitForExit(60_000);
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>tests/WblPortal.BrowserTests/bin/Debug/net10.0/screenshots, found from this test assembly's folder.</summary>
    private static string? ScreenshotFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var browser = Path.Combine(dir.FullName, "WblPortal.BrowserTests");
            if (Directory.Exists(browser))
            {
                return Path.Combine(browser, "bin", "Debug", "net10.0", "screenshots");
            }
        }

        return null;
    }
}

/// <summary>
/// What a college secretary would reject in a printed document, found in the PDF itself: a page holding only the
/// footer (and the verification line), a signature opening a page with nothing of the text above it, a bold heading as
/// the last line of a page, and a word broken between lines without a hyphen (every word printed must be a word of the
/// source text, or the two halves of one joined at a hyphen).
/// </summary>
public static class PdfLayoutCheck
{
    private const double Margin = 56; // 20 mm: the running header and footer live in the top and bottom margins

    private static readonly string[] SignatureCaptions = ["(колу)", "(подпись)", "(колу,", "(подпись,"];

    private static readonly HashSet<string> Always = ["—", "–", "-", "№", "/", "·", "%"];

    /// <summary>The problems found, each naming the document and the page; empty when the layout is right.</summary>
    /// <param name="sourceText">All text the document was made from (e.g. its HTML preview's text): the dictionary of
    /// whole words.</param>
    public static IReadOnlyList<string> Problems(byte[] pdf, string sourceText, string name)
    {
        var dictionary = Tokens(sourceText).ToHashSet(StringComparer.Ordinal);
        var problems = new List<string>();
        using var document = PdfDocument.Open(pdf);
        var heads = new List<string>();
        foreach (var page in document.GetPages())
        {
            var body = page.GetWords()
                .Where(w => Baseline(w) > Margin - 4 && Baseline(w) < page.Height - Margin + 4)
                .ToList();
            var lines = Lines(body);
            var content = lines.Where(l => !IsVerificationLine(l)).ToList();
            var where = $"{name}, page {page.Number}";
            if (content.Count == 0)
            {
                problems.Add($"{where}: nothing but the footer{(lines.Count > 0 ? " and the verification line" : "")}");
                continue;
            }

            foreach (var caption in body.Where(w => SignatureCaptions.Contains(w.Text)))
            {
                var signatureBaseline = Baseline(caption) + 9.5;
                var above = content.Count(l => l.Baseline > signatureBaseline + 2);
                if (above < 2)
                {
                    problems.Add($"{where}: the signature opens the page alone");
                }
            }

            var last = content[^1];
            if (last.Words.SelectMany(w => w.Letters).Where(l => !string.IsNullOrWhiteSpace(l.Value)).All(IsBold))
            {
                problems.Add($"{where}: ends with the heading \"{last.Text}\"");
            }

            // Several passes: in a table the pieces of a broken word may come out of the page in any order; the first
            // passes only gather the heads (a word in n pieces needs n - 1; a narrow column of Table 1 cuts
            // "Про-из-вод-ствен-ная" in five).
            const int Passes = 7;
            var pageHeads = new List<string>();
            for (var pass = 0; pass < Passes; pass++)
            {
                void Report(string problem)
                {
                    if (pass == Passes - 1)
                    {
                        problems.Add(problem);
                    }
                }

                foreach (var word in body.SelectMany(w => w.Text.Split('\u00A0', StringSplitOptions.RemoveEmptyEntries)))
                {
                    if (dictionary.Contains(word) || Always.Contains(word) || word.All(c => c == '_'))
                    {
                        continue;
                    }

                    if (word.Length > 1 && word[^1] == '-' && char.IsDigit(word[^2]))
                    {
                        Report($"{where}: the number \"{word}\" is broken over lines");
                        continue;
                    }

                    if (word.Length > 1 && word[^1] is '-' or '/' or '–' && dictionary.Any(d => d.StartsWith(word.TrimEnd('-'), StringComparison.Ordinal)))
                    {
                        pageHeads.Add(word);
                        continue;
                    }

                    // A middle piece of a word broken over three lines or more ("лабо-", "рато-", "рияларда"): it continues a
                    // head, and the two together are the head of what follows.
                    if (word.Length > 1 && word[^1] is '-' or '/' or '–')
                    {
                        var longer = heads.Concat(pageHeads)
                            .SelectMany(h => h.EndsWith('-') ? new[] { h[..^1] + word, h + word } : [h + word])
                            .Where(joined => dictionary.Any(d => d.StartsWith(joined.TrimEnd('-'), StringComparison.Ordinal)))
                            .Distinct()
                            .ToList();
                        if (longer.Count > 0)
                        {
                            pageHeads.AddRange(longer);
                            continue;
                        }
                    }

                    if (heads.Concat(pageHeads).Any(h => dictionary.Contains(h + word) || (h.EndsWith('-') && dictionary.Contains(h[..^1] + word))))
                    {
                        continue;
                    }

                    Report($"{where}: \"{word}\" is not a word of the text (split without a hyphen?)");
                }
            }

            heads = pageHeads;
        }

        return problems;
    }

    /// <summary>The whitespace-separated words of a text (no-break spaces separate too).</summary>
    public static IEnumerable<string> Tokens(string text) =>
        text.Split([' ', '\n', '\r', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries);

    private static double Baseline(Word word) => word.Letters[0].StartBaseLine.Y;

    private static bool IsBold(Letter letter) => letter.FontName?.Contains("Bold", StringComparison.OrdinalIgnoreCase) == true;

    private static bool IsVerificationLine(Line line) => line.Words.Any(w => w.Text.Contains("://", StringComparison.Ordinal));

    private sealed record Line(double Baseline, IReadOnlyList<Word> Words)
    {
        public string Text => string.Join(' ', Words.Select(w => w.Text));
    }

    /// <summary>Words grouped into lines by baseline, top of the page first (PDF y grows upwards).</summary>
    private static List<Line> Lines(IEnumerable<Word> words)
    {
        var lines = new List<Line>();
        foreach (var word in words.OrderByDescending(Baseline).ThenBy(w => w.BoundingBox.Left))
        {
            if (lines.Count > 0 && Math.Abs(lines[^1].Baseline - Baseline(word)) < 2)
            {
                ((List<Word>)lines[^1].Words).Add(word);
            }
            else
            {
                lines.Add(new Line(Baseline(word), new List<Word> { word }));
            }
        }

        return lines;
    }
}
