using System.Globalization;
using WblPortal.Domain.Common;
using WblPortal.Domain.Privacy;
using WblPortal.Web.Features.Ministry;

namespace WblPortal.Web.Features.Api;

/// <summary>The ministry's national dashboard (<see cref="NationalDashboard"/>, small cells already suppressed) as plain
/// data for the API and the open-data files. A suppressed count is its marker text ("&lt;5", "×"), any other a number.
/// No arithmetic here: every number is the dashboard's.</summary>
public static class NationalFiguresExport
{
    public sealed record Stat(string Key, string Label, object Value);

    public sealed record FigureRow(string Label, IReadOnlyList<object> Values);

    public sealed record Figure(string Key, string Title, string LabelHeader, IReadOnlyList<string> Columns, IReadOnlyList<FigureRow> Rows);

    public sealed record Model(int Year, string AcademicYear, DateTimeOffset? FiguresAt, IReadOnlyList<Stat> Stats, IReadOnlyList<Figure> Figures);

    public static Model From(NationalDashboard.Model dashboard) => new(
        dashboard.Filter.EffectiveYear,
        AcademicCalendar.Label(dashboard.Filter.EffectiveYear),
        dashboard.FiguresAt,
        dashboard.Stats.Select(s => new Stat(s.Key, s.Label, Cell(s.Value))).ToList(),
        dashboard.Figures.Select(f => new Figure(f.Key, f.Title, f.LabelHeader, f.Columns,
            f.Rows.Select(r => new FigureRow(r.Label, r.Values.Select(Cell).ToList())).ToList())).ToList());

    /// <summary>A count as published: the marker of a suppressed cell, or the number.</summary>
    public static object Cell(decimal value) => SmallCell.IsSuppressed(value) ? SmallCell.Format(value, CultureInfo.InvariantCulture) : value;

    public static object Cell(int value) => Cell((decimal)value);
}
