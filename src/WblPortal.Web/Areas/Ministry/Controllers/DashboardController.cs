using WblPortal.Domain.Common;
using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Localization;
using WblPortal.Domain.Privacy;
using WblPortal.Infrastructure.Statistics;
using WblPortal.Web.Authorization;
using WblPortal.Web.Features.Ministry;
using WblPortal.Web.Infrastructure.Lists;

namespace WblPortal.Web.Areas.Ministry.Controllers;

/// <summary>The national dashboard, the colleges behind each figure, Table 1 of the concept and their exports.
/// Counts only: no page here shows a person's data. The ministry's actor reads every row through the tenant filter
/// and may write none (Actor.CanWrite).</summary>
[Area("Ministry")]
[Authorize(Policy = Policies.Ministry)]
public sealed class DashboardController(
    NationalDashboard.Handler dashboard,
    CollegeBreakdown.Handler breakdown,
    FormsByCollege.Handler formsByCollege,
    IStringLocalizer<MinistryResource> m,
    TimeProvider clock) : Controller
{
    /// <summary>A filter without a year means the academic year running today (from the portal's clock).</summary>
    public override void OnActionExecuting(ActionExecutingContext context)
    {
        // A query string with none of the filter's keys binds no object at all: the action then gets an empty filter.
        foreach (var parameter in context.ActionDescriptor.Parameters.Where(p => p.ParameterType == typeof(DashboardFilter)))
        {
            var filter = context.ActionArguments.TryGetValue(parameter.Name, out var bound) && bound is DashboardFilter f ? f : new DashboardFilter();
            context.ActionArguments[parameter.Name] = filter.WithYearDefault(clock);
        }

        base.OnActionExecuting(context);
    }

    public async Task<IActionResult> Index([FromQuery] DashboardFilter filter, CancellationToken ct) =>
        View(await dashboard.LoadAsync(filter, ct));

    /// <summary>One dashboard table as xlsx.</summary>
    public async Task<IActionResult> ExportFigure([FromQuery] DashboardFilter filter, string key, CancellationToken ct)
    {
        var model = await dashboard.LoadAsync(filter, ct);
        var figure = model.Figures.FirstOrDefault(f => f.Key == key);
        if (figure is null)
        {
            return NotFound();
        }

        return XlsxFile.Result(await XlsxFile.WriteSheetsAsync([FigureSheet(figure)], ct), $"{figure.Key}-{filter.EffectiveYear}");
    }

    /// <summary>The national report as one workbook: headline counts, a sheet per dashboard table and Table 1.</summary>
    public async Task<IActionResult> Workbook([FromQuery] DashboardFilter filter, CancellationToken ct)
    {
        var model = await dashboard.LoadAsync(filter, ct);
        var table1 = await formsByCollege.LoadAsync(filter, ct);
        var sheets = new List<XlsxFile.Sheet>
        {
            new(m["Sheet_Summary"], [m["Col_Indicator"], m["Col_Value"]], model.Stats.Select(s => new object?[] { s.Label, Cell(s.Value) })),
        };
        sheets.AddRange(model.Figures.Select(FigureSheet));
        sheets.Add(Table1Sheet(table1));
        return XlsxFile.Result(await XlsxFile.WriteSheetsAsync(sheets, ct), $"wbl-national-{filter.EffectiveYear}");
    }

    /// <summary>The national report as PDF (Documents layer), in Kyrgyz, Russian or English: headline counts, every dashboard
    /// table and Table 1, landscape.</summary>
    public async Task<IActionResult> Report([FromQuery] DashboardFilter filter, string? lang, CancellationToken ct)
    {
        lang = lang is "ru" or "en" ? lang : "ky";
        var culture = new CultureInfo(lang switch { "ru" => "ru-KG", "en" => "en", _ => "ky-KG" });
        var (ui, current) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = culture;
        try
        {
            var model = await dashboard.LoadAsync(filter, ct);
            var table1 = await formsByCollege.LoadAsync(filter, ct);
            var pdf = NationalReport.Build(model, table1, m, AcademicCalendar.Label(filter.EffectiveYear)).ToPdf();
            return File(pdf, "application/pdf", $"wbl-national-{filter.EffectiveYear}-{lang}.pdf");
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, current);
        }
    }

    public async Task<IActionResult> Colleges([FromQuery] DashboardFilter filter, CancellationToken ct)
    {
        return View(new CollegesModel(filter, await breakdown.ListAsync(filter, ct), await dashboard.OptionsAsync(ct)));
    }

    public async Task<IActionResult> ExportColleges([FromQuery] DashboardFilter filter, CancellationToken ct)
    {
        var rows = await breakdown.ListAsync(filter, ct);
        var sheet = new XlsxFile.Sheet(m["Colleges_Title"], CollegeHeaders(),
            rows.Select(r => new object?[]
            {
                r.College, r.Region, Cell(r.Learners), Cell(r.Female), Cell(r.Male), Cell(r.SpecialNeeds), Cell(r.Placements), r.Employers, Cell(r.Mentors),
            }));
        return XlsxFile.Result(await XlsxFile.WriteSheetsAsync([sheet], ct), $"colleges-{filter.EffectiveYear}");
    }

    public async Task<IActionResult> FormsByCollege([FromQuery] DashboardFilter filter, CancellationToken ct)
    {
        var table = await formsByCollege.LoadAsync(filter, ct);
        return View(table with { Options = await dashboard.OptionsAsync(ct) });
    }

    public async Task<IActionResult> ExportFormsByCollege([FromQuery] DashboardFilter filter, CancellationToken ct) =>
        XlsxFile.Result(await XlsxFile.WriteSheetsAsync([Table1Sheet(await formsByCollege.LoadAsync(filter, ct))], ct), $"table1-{filter.EffectiveYear}");

    public sealed record CollegesModel(DashboardFilter Filter, IReadOnlyList<CollegeBreakdown.Row> Rows, NationalDashboard.Options Options);

    public IReadOnlyList<string> CollegeHeaders() =>
    [
        m["Col_College"], m["Col_Region"], m["Col_Learners"], m["Col_Female"], m["Col_Male"], m["Col_SpecialNeeds"],
        m["Col_Placements"], m["Col_Employers"], m["Col_Mentors"],
    ];

    private static XlsxFile.Sheet FigureSheet(NationalDashboard.Figure figure) =>
        new(figure.Title, [figure.LabelHeader, .. figure.Columns], figure.Rows.Select(r => new object?[] { r.Label }.Concat(r.Values.Select(v => Cell(v))).ToArray()));

    private XlsxFile.Sheet Table1Sheet(FormsByCollege.Model model) =>
        new(m["Table1_Sheet"], [m["Col_College"], m["Col_Region"], .. FormsTable.Columns.Select(c => m["Table1_" + c.Key].Value)],
            model.Rows.Select(r => new object?[] { r.College, r.Region }.Concat(r.Cells.Select(c => Cell(c))).ToArray())
                .Append(new object?[] { m["Table1_CollegesRunning"].Value, string.Empty }.Concat(model.Totals.Cast<object?>()).ToArray()));

    /// <summary>A suppressed count goes into the workbook as its text ("&lt;5", "×"), any other as a number.</summary>
    private static object? Cell(decimal value) => SmallCell.IsSuppressed(value) ? SmallCell.Format(value, CultureInfo.InvariantCulture) : value;

}
