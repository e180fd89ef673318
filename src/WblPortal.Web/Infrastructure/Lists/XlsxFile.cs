using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using SpreadCheetah;

namespace WblPortal.Web.Infrastructure.Lists;

/// <summary>Writes a list as an xlsx workbook with one sheet: a header row, then one row per item.</summary>
public static class XlsxFile
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static async Task<byte[]> WriteAsync<T>(
        string sheetName, IReadOnlyList<string> headers, IEnumerable<T> rows, Func<T, object?[]> cells, CancellationToken cancellationToken = default)
    {
        using var stream = new MemoryStream();
        await using (var spreadsheet = await Spreadsheet.CreateNewAsync(stream, cancellationToken: cancellationToken))
        {
            await spreadsheet.StartWorksheetAsync(SafeSheetName(sheetName), token: cancellationToken);
            var bold = spreadsheet.AddStyle(new SpreadCheetah.Styling.Style { Font = { Bold = true } });
            await spreadsheet.AddRowAsync(headers.Select(h => new StyledCell(h, bold)).ToArray(), cancellationToken);
            foreach (var row in rows)
            {
                await spreadsheet.AddRowAsync(cells(row).Select(ToCell).ToArray(), cancellationToken);
            }

            await spreadsheet.FinishAsync(cancellationToken);
        }

        return stream.ToArray();
    }

    /// <summary>One sheet of a workbook: a header row, then the rows' cells.</summary>
    public sealed record Sheet(string Name, IReadOnlyList<string> Headers, IEnumerable<object?[]> Rows);

    /// <summary>A workbook with a sheet per table (sheet names made unique and valid).</summary>
    public static async Task<byte[]> WriteSheetsAsync(IEnumerable<Sheet> sheets, CancellationToken cancellationToken = default)
    {
        using var stream = new MemoryStream();
        await using (var spreadsheet = await Spreadsheet.CreateNewAsync(stream, cancellationToken: cancellationToken))
        {
            var bold = spreadsheet.AddStyle(new SpreadCheetah.Styling.Style { Font = { Bold = true } });
            var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var sheet in sheets)
            {
                var name = SafeSheetName(sheet.Name);
                for (var n = 2; !used.Add(name); n++)
                {
                    var suffix = $" ({n})";
                    name = SafeSheetName(sheet.Name)[..Math.Min(SafeSheetName(sheet.Name).Length, 31 - suffix.Length)] + suffix;
                }

                await spreadsheet.StartWorksheetAsync(name, token: cancellationToken);
                await spreadsheet.AddRowAsync(sheet.Headers.Select(h => new StyledCell(h, bold)).ToArray(), cancellationToken);
                foreach (var row in sheet.Rows)
                {
                    await spreadsheet.AddRowAsync(row.Select(ToCell).ToArray(), cancellationToken);
                }
            }

            await spreadsheet.FinishAsync(cancellationToken);
        }

        return stream.ToArray();
    }

    public static FileContentResult Result(byte[] content, string fileName) =>
        new(content, ContentType) { FileDownloadName = fileName + ".xlsx" };

    private static Cell ToCell(object? value) => value switch
    {
        null => new Cell(string.Empty),
        int i => new Cell(i),
        long l => new Cell(l),
        decimal d => new Cell(d),
        double d => new Cell(d),
        bool b => new Cell(b),
        DateOnly d => new Cell(d.ToString(Localization.PortalCultures.DatePattern, CultureInfo.InvariantCulture)),
        DateTime d => new Cell(d.ToString(Localization.PortalCultures.DatePattern, CultureInfo.InvariantCulture)),
        DateTimeOffset d => new Cell(d.ToString(Localization.PortalCultures.DatePattern, CultureInfo.InvariantCulture)),
        _ => new Cell(value.ToString()),
    };

    private static string SafeSheetName(string name)
    {
        var cleaned = new string(name.Where(c => c is not ('[' or ']' or ':' or '*' or '?' or '/' or '\\')).ToArray());
        return cleaned.Length > 31 ? cleaned[..31] : cleaned.Length == 0 ? "Sheet1" : cleaned;
    }
}
