using WblPortal.Domain.Learners;
using WblPortal.Domain.Workflows;

namespace WblPortal.Domain.Reference;

/// <summary>The most hours a week a worker of an age band may work, with the legal source: reference data (seeded by
/// a migration, changed by the platform admin) rather than code, because a new Labour Code is in preparation.</summary>
public class WorkingTimeLimit
{
    public int Id { get; set; }

    /// <summary>The band's lowest age in full years (inclusive).</summary>
    public int MinAge { get; set; }

    /// <summary>The band's upper age (exclusive); none for the general (adult) limit.</summary>
    public int? MaxAge { get; set; }

    public int HoursPerWeek { get; set; }

    /// <summary>The article of the law the limit comes from, as printed in the refusal (in each language of the portal).</summary>
    public required string SourceKy { get; set; }
    public required string SourceRu { get; set; }
    public required string SourceEn { get; set; }

    public bool Covers(int age) => age >= MinAge && (MaxAge is null || age < MaxAge);

    /// <summary>Refuses a weekly load above the limit of any learner's age on the placement's first day (the
    /// youngest learner's band is the tightest). <paramref name="weeklyHours"/> is the placement's planned load per
    /// full working week.</summary>
    public static void Check(IReadOnlyCollection<WorkingTimeLimit> limits, IEnumerable<Learner> learners, DateOnly startDate, decimal weeklyHours,
        Func<WorkingTimeLimit, string> sourceOf)
    {
        foreach (var learner in learners.OrderByDescending(l => l.DateOfBirth))
        {
            var age = Learner.AgeOn(learner.DateOfBirth, startDate);
            var limit = limits.Where(l => l.Covers(age)).OrderBy(l => l.HoursPerWeek).FirstOrDefault();
            if (limit is not null && weeklyHours > limit.HoursPerWeek)
            {
                throw new WorkflowException("Placement_WeeklyHoursOverLimit", Math.Round(weeklyHours, 1), learner.FullName, age,
                    limit.HoursPerWeek, sourceOf(limit));
            }
        }
    }

    /// <summary>A load of <paramref name="plannedHours"/> spread over the working days (Monday–Friday) from
    /// <paramref name="start"/> to <paramref name="end"/>, per full five-day week.</summary>
    public static decimal WeeklyLoad(decimal plannedHours, DateOnly start, DateOnly end)
    {
        var days = 0;
        for (var d = start; d <= end; d = d.AddDays(1))
        {
            if (d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                days++;
            }
        }

        return days == 0 ? plannedHours : plannedHours * 5 / days;
    }
}
