using WblPortal.Domain.Common;
using WblPortal.Domain.Employers;
using WblPortal.Domain.Reference;
using WblPortal.Infrastructure.Statistics;

namespace WblPortal.Web.Features.Ministry;

/// <summary>The query string of the ministry pages: the dashboard's five filters, and the drill-down dimensions a
/// figure adds when it links to the colleges behind it.</summary>
public sealed class DashboardFilter
{
    public int? Year { get; set; }
    public int? Region { get; set; }
    public int? Nqf { get; set; }
    public Guid? College { get; set; }
    public string? Specialty { get; set; }

    // Drill-down dimensions (set by a figure's link, shown on the colleges page).
    public int? Form { get; set; }
    public WblStage? Stage { get; set; }
    public EconomicSector? Sector { get; set; }
    public Gender? Gender { get; set; }
    public bool? Sen { get; set; }

    /// <summary>The academic year running today in Bishkek (1 September starts it).</summary>
    public static int CurrentYear(TimeProvider clock) => AcademicCalendar.YearOf(clock.BishkekToday());

    /// <summary>The year asked for; the ministry's controller fills a missing one with <see cref="CurrentYear"/> when the
    /// filter is bound, so a filter without a year here is a programming error.
    /// Not validated: model validation reads every property of the bound object before the controller fills the year.</summary>
    [Microsoft.AspNetCore.Mvc.ModelBinding.Validation.ValidateNever]
    public int EffectiveYear => Year ?? throw new InvalidOperationException("DashboardFilter.Year is set when the filter is bound.");

    /// <summary>Fills a missing year with the academic year running today.</summary>
    public DashboardFilter WithYearDefault(TimeProvider clock)
    {
        Year ??= CurrentYear(clock);
        return this;
    }

    public StatisticsFilter ToStatistics() => new(
        EffectiveYear, Region, Nqf, College, string.IsNullOrWhiteSpace(Specialty) ? null : Specialty.Trim(), Form, Stage, Sector, Gender, Sen);

    /// <summary>The filters as route values (the year always), with or without the drill-down dimensions.</summary>
    public Dictionary<string, string?> RouteValues(bool withDimensions = false)
    {
        var values = new Dictionary<string, string?> { ["Year"] = EffectiveYear.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        void Put(string key, object? value)
        {
            if (value is not null)
            {
                values[key] = Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        Put(nameof(Region), Region);
        Put(nameof(Nqf), Nqf);
        Put(nameof(College), College);
        Put(nameof(Specialty), string.IsNullOrWhiteSpace(Specialty) ? null : Specialty.Trim());
        if (withDimensions)
        {
            Put(nameof(Form), Form);
            Put(nameof(Stage), Stage);
            Put(nameof(Sector), Sector);
            Put(nameof(Gender), Gender);
            Put(nameof(Sen), Sen == true ? "true" : null);
        }

        return values;
    }

    /// <summary>The filters plus one figure's dimension (a key of <see cref="RouteValues"/>), for a drill-down link.</summary>
    public Dictionary<string, string?> Drill(string key, object value)
    {
        var values = RouteValues();
        values[key] = Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture);
        return values;
    }
}
