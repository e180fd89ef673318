using WblPortal.Domain.Diaries;

namespace WblPortal.Web.Features.Diaries;

/// <summary>
/// Hours done against hours planned. Planned: the hours the programme's WBL load gives the placement's form (all
/// semesters), spread over the placement's working days (Monday–Friday) to get each week's share. Done: the hours of
/// approved or countersigned entries, where an approved correction replaces the entry it cites.
/// </summary>
public static class DiaryHours
{
    public static int WorkingDays(DateOnly from, DateOnly to)
    {
        var days = 0;
        for (var d = from; d <= to; d = d.AddDays(1))
        {
            if (d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                days++;
            }
        }

        return days;
    }

    /// <summary>The week's share of the planned hours, by its working days inside the placement.</summary>
    public static decimal PlannedForWeek(decimal planned, DateOnly start, DateOnly end, DateOnly weekStart)
    {
        var total = WorkingDays(start, end);
        if (total == 0 || planned == 0)
        {
            return 0;
        }

        var from = weekStart < start ? start : weekStart;
        var to = weekStart.AddDays(6) > end ? end : weekStart.AddDays(6);
        return Math.Round(planned * WorkingDays(from, to) / total, 1);
    }

    /// <summary>The entries that count: approved or countersigned, unless an approved correction replaces them.</summary>
    public static IEnumerable<T> Counted<T>(IReadOnlyCollection<T> entries, Func<T, Guid> id, Func<T, Guid?> corrects, Func<T, DiaryEntryStatus> status)
    {
        static bool Locked(DiaryEntryStatus s) => s is DiaryEntryStatus.Approved or DiaryEntryStatus.Countersigned;
        var replaced = entries.Where(e => Locked(status(e)) && corrects(e) is not null).Select(e => corrects(e)!.Value).ToHashSet();
        return entries.Where(e => Locked(status(e)) && !replaced.Contains(id(e)));
    }
}
