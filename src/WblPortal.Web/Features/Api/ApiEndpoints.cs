using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Domain.Api;
using WblPortal.Domain.Common;
using WblPortal.Infrastructure.Data;
using WblPortal.Infrastructure.Statistics;
using WblPortal.Web.Features.Ministry;

namespace WblPortal.Web.Features.Api;

/// <summary>The read-only API for the state's systems, versioned under /api/v1: national and per-college figures and
/// Table 1 (the ministry's own read models, small cells suppressed), the registries of colleges and employers
/// (organizations only: no person's name, phone, e-mail or ИНН). Query values are read as text and checked here, so
/// that junk answers a 400 problem, never a 500 or the portal's HTML page.</summary>
public static class ApiEndpoints
{
    public const string Prefix = "/api/v1";
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    public sealed record Paged<T>(int Page, int PageSize, int Total, IReadOnlyList<T> Items);

    public sealed record CollegeFigures(Guid CollegeId, string College, string Region, object Learners, object Female, object Male,
        object SpecialNeeds, object Placements, int Employers, object Mentors);

    public sealed record Table1Column(string Key, string Title);

    public sealed record Table1Row(Guid CollegeId, string College, string Region, IReadOnlyList<object> Cells);

    public sealed record Table1(int Year, string AcademicYear, DateTimeOffset? FiguresAt, IReadOnlyList<Table1Column> Columns,
        IReadOnlyList<Table1Row> Rows, IReadOnlyList<int> CollegesRunning);

    public sealed record College(Guid Id, string NameKy, string NameRu, string? NameEn, string Kind, int RegionId, string Region, string City);

    public sealed record Employer(Guid Id, string Name, string Sector, int RegionId, string Region);

    public static IEndpointRouteBuilder MapPortalApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(Prefix).WithTags("v1").RequireRateLimiting(ApiSetup.RateLimitPolicy);
        var figures = api.MapGroup("").RequireAuthorization(ApiSetup.FiguresPolicy);
        var registry = api.MapGroup("").RequireAuthorization(ApiSetup.RegistryPolicy);

        figures.MapGet("/figures/national", NationalAsync).WithName("NationalFigures")
            .WithSummary("National WBL figures of an academic year (the ministry's dashboard); counts of 1–4 read \"<5\", secondary suppressions \"×\".")
            .Produces<NationalFiguresExport.Model>();
        figures.MapGet("/figures/colleges", CollegeFiguresAsync).WithName("CollegeFigures")
            .WithSummary("Per-college figures of an academic year, one row per college with counted placements, paged.")
            .Produces<Paged<CollegeFigures>>();
        figures.MapGet("/table1", Table1Async).WithName("Table1")
            .WithSummary("Table 1 of the Concept: learners who took part in each WBL form group, per college.")
            .Produces<Table1>();
        registry.MapGet("/colleges", CollegesAsync).WithName("Colleges")
            .WithSummary("The vocational colleges and lyceums, paged.").Produces<Paged<College>>();
        registry.MapGet("/employers", EmployersAsync).WithName("Employers")
            .WithSummary("The employers (organization, sector and region only), paged.").Produces<Paged<Employer>>();

        // Any other path under the API answers a 404 problem, not the portal's HTML page.
        app.MapGroup(Prefix).MapFallback((IStringLocalizer<ApiResource> l) =>
            Results.Problem(detail: l["Problem_NotFound"], statusCode: StatusCodes.Status404NotFound)).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> NationalAsync(string? year, string? region, string? nqf, NationalDashboard.Handler dashboard,
        TimeProvider clock, IStringLocalizer<ApiResource> l, CancellationToken ct)
    {
        if (Filter(year, region, nqf, clock) is not { } filter)
        {
            return BadFilter(year, region, nqf, l);
        }

        return Results.Ok(NationalFiguresExport.From(await dashboard.LoadAsync(filter, ct)));
    }

    private static async Task<IResult> CollegeFiguresAsync(string? year, string? region, string? page, string? pageSize,
        CollegeBreakdown.Handler breakdown, TimeProvider clock, IStringLocalizer<ApiResource> l, CancellationToken ct)
    {
        if (Filter(year, region, null, clock) is not { } filter)
        {
            return BadFilter(year, region, null, l);
        }

        if (Paging(page, pageSize) is not { } paging)
        {
            return BadPaging(page, l);
        }

        var rows = await breakdown.ListAsync(filter, ct);
        var items = rows.Skip((paging.Page - 1) * paging.Size).Take(paging.Size)
            .Select(r => new CollegeFigures(r.CollegeId, r.College, r.Region, Cell(r.Learners), Cell(r.Female), Cell(r.Male), Cell(r.SpecialNeeds),
                Cell(r.Placements), r.Employers, Cell(r.Mentors)))
            .ToList();
        return Results.Ok(new Paged<CollegeFigures>(paging.Page, paging.Size, rows.Count, items));
    }

    private static async Task<IResult> Table1Async(string? year, string? region, FormsByCollege.Handler table1,
        IStringLocalizer<MinistryResource> m, TimeProvider clock, IStringLocalizer<ApiResource> l, CancellationToken ct)
    {
        if (Filter(year, region, null, clock) is not { } filter)
        {
            return BadFilter(year, region, null, l);
        }

        var model = await table1.LoadAsync(filter, ct);
        return Results.Ok(new Table1(
            model.Filter.EffectiveYear,
            AcademicCalendar.Label(model.Filter.EffectiveYear),
            model.FiguresAt,
            FormsTable.Columns.Select(c => new Table1Column(c.Key, m["Table1_" + c.Key])).ToList(),
            model.Rows.Select(r => new Table1Row(r.CollegeId, r.College, r.Region, r.Cells.Select(Cell).ToList())).ToList(),
            model.Totals));
    }

    private static Task<IResult> CollegesAsync(string? page, string? pageSize, WblDbContext db, IStringLocalizer<ApiResource> l, CancellationToken ct) =>
        PagedAsync(page, pageSize, l, db.Colleges.AsNoTracking().OrderBy(c => c.NameKy).ThenBy(c => c.Id)
                .Select(c => new { c.Id, c.NameKy, c.NameRu, c.NameEn, c.Kind, c.RegionId, RegionKy = c.Region!.NameKy, RegionRu = c.Region.NameRu, RegionEn = c.Region.NameEn, c.City }),
            (c, culture) => new College(c.Id, c.NameKy, c.NameRu, c.NameEn, c.Kind.ToString(), c.RegionId,
                LocalizedName.Pick(c.RegionKy, c.RegionRu, c.RegionEn, culture), c.City), ct);

    private static Task<IResult> EmployersAsync(string? page, string? pageSize, WblDbContext db, IStringLocalizer<ApiResource> l, CancellationToken ct) =>
        PagedAsync(page, pageSize, l, db.Employers.AsNoTracking().OrderBy(e => e.Name).ThenBy(e => e.Id)
                .Select(e => new { e.Id, e.Name, e.Sector, e.RegionId, RegionKy = e.Region!.NameKy, RegionRu = e.Region.NameRu, RegionEn = e.Region.NameEn }),
            (e, culture) => new Employer(e.Id, e.Name, e.Sector.ToString(), e.RegionId, LocalizedName.Pick(e.RegionKy, e.RegionRu, e.RegionEn, culture)), ct);

    /// <summary>One page of an ordered registry query and its total; the rows are named in the request's language.</summary>
    private static async Task<IResult> PagedAsync<TRow, T>(string? page, string? pageSize, IStringLocalizer<ApiResource> l, IQueryable<TRow> ordered,
        Func<TRow, string, T> map, CancellationToken ct)
    {
        if (Paging(page, pageSize) is not { } paging)
        {
            return BadPaging(page, l);
        }

        var total = await ordered.CountAsync(ct);
        var rows = await ordered.Skip((paging.Page - 1) * paging.Size).Take(paging.Size).ToListAsync(ct);
        var culture = CultureInfo.CurrentUICulture.Name;
        return Results.Ok(new Paged<T>(paging.Page, paging.Size, total, rows.Select(r => map(r, culture)).ToList()));
    }

    private static object Cell(int value) => NationalFiguresExport.Cell(value);

    /// <summary>The dashboard's filter from the query's text; null when a value is not a number in range. The year
    /// defaults to the academic year running today (the portal's clock).</summary>
    private static DashboardFilter? Filter(string? year, string? region, string? nqf, TimeProvider clock)
    {
        if (!IsOptionalInt(year, 2000, 2100) || !IsOptionalInt(region, 1, 1000) || !IsOptionalInt(nqf, 1, 100))
        {
            return null;
        }

        return new DashboardFilter { Year = Parse(year), Region = Parse(region), Nqf = Parse(nqf) }.WithYearDefault(clock);
    }

    private static IResult BadFilter(string? year, string? region, string? nqf, IStringLocalizer<ApiResource> l) =>
        ApiProblem.BadParameter(l, !IsOptionalInt(year, 2000, 2100) ? "year" : !IsOptionalInt(region, 1, 1000) ? "region" : "nqf");

    private static IResult BadPaging(string? page, IStringLocalizer<ApiResource> l) =>
        ApiProblem.BadParameter(l, !IsOptionalInt(page, 1, MaxPage) ? "page" : "pageSize");

    private const int MaxPage = int.MaxValue / MaxPageSize;

    private static (int Page, int Size)? Paging(string? page, string? pageSize) =>
        IsOptionalInt(page, 1, MaxPage) && IsOptionalInt(pageSize, 1, MaxPageSize)
            ? (Parse(page) ?? 1, Parse(pageSize) ?? DefaultPageSize)
            : null;

    private static bool IsOptionalInt(string? text, int min, int max) => string.IsNullOrEmpty(text) || IsInt(text, min, max);

    private static bool IsInt(string text, int min, int max) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max;

    private static int? Parse(string? text) => string.IsNullOrEmpty(text) ? null : int.Parse(text, CultureInfo.InvariantCulture);
}
