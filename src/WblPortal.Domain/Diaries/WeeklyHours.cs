using System.Globalization;
using WblPortal.Domain.Common;
using WblPortal.Domain.Learners;
using WblPortal.Domain.Reference;
using WblPortal.Domain.Workflows;

namespace WblPortal.Domain.Diaries;

/// <summary>
/// The hours a learner records in a diary week may not exceed the legal weekly working time for their age — Labour
/// Code of the Kyrgyz Republic, art. 91: under 16 at most 24 hours, 16–18 at most 36, adults the normal working time.
/// The limits are reference data (<see cref="WorkingTimeLimit"/>, table <c>working_time_limits</c>) because a new
/// Labour Code is in preparation; this class only applies them.
/// </summary>
/// <remarks>The age is taken on the week's Monday, so a week in which the learner has a birthday keeps the younger
/// (stricter) limit. Every entry of the week counts — drafts, submitted, returned (it is to be fixed, not dropped),
/// approved — except an entry cited by a correction, which the correction replaces.</remarks>
public static class WeeklyHours
{
    /// <summary>The refusal's key. Its arguments: {0} the limit in hours, {1} the week's Monday and {2} its Sunday
    /// (dd.MM.yyyy), {3} the week's total with the new hours, {4} the learner's age, {5} the limit's legal source (a
    /// <see cref="LocalizedText"/>: written in the language of the message it is formatted into).</summary>
    public const string RefusalKey = "Diary_WeeklyLimit";

    /// <summary>The limit that covers the age (null when the reference data cover no such age).</summary>
    public static WorkingTimeLimit? LimitFor(IEnumerable<WorkingTimeLimit> limits, int age) =>
        limits.Where(l => l.Covers(age)).OrderBy(l => l.HoursPerWeek).FirstOrDefault();

    /// <summary>The week's total if the entry <paramref name="entryId"/> (being written or edited; its own stored version,
    /// if any, does not count) records <paramref name="hours"/> on <paramref name="date"/>.</summary>
    public static decimal WeekTotal(IEnumerable<DiaryEntry> existing, Guid entryId, Guid? correctsEntryId, DateOnly date, decimal hours)
    {
        var week = DiaryRules.WeekStart(date);
        var others = existing.Where(e => e.Id != entryId).ToList();
        var replaced = others.Where(e => e.CorrectsEntryId is not null).Select(e => e.CorrectsEntryId!.Value).ToHashSet();
        if (correctsEntryId is { } corrected)
        {
            replaced.Add(corrected);
        }

        return others.Where(e => e.WeekStart == week && !replaced.Contains(e.Id)).Sum(e => e.Hours) + hours;
    }

    /// <summary>Checks an entry as written or edited (before it is saved) against the learner's other entries.</summary>
    public static void Check(IEnumerable<WorkingTimeLimit> limits, DateOnly dateOfBirth, IEnumerable<DiaryEntry> existing, DiaryEntry entry) =>
        Check(limits, dateOfBirth, existing, entry.Id, entry.CorrectsEntryId, entry.Date, entry.Hours);

    /// <summary>Refuses (<see cref="RefusalKey"/>) when the week of <paramref name="date"/> would total more hours than the
    /// limit for the learner's age; nothing has been changed when it refuses.</summary>
    public static void Check(IEnumerable<WorkingTimeLimit> limits, DateOnly dateOfBirth, IEnumerable<DiaryEntry> existing, Guid entryId,
        Guid? correctsEntryId, DateOnly date, decimal hours)
    {
        var week = DiaryRules.WeekStart(date);
        var age = Learner.AgeOn(dateOfBirth, week);
        if (LimitFor(limits, age) is not { } limit)
        {
            return;
        }

        var total = WeekTotal(existing, entryId, correctsEntryId, date, hours);
        Guard.That(total <= limit.HoursPerWeek, RefusalKey, limit.HoursPerWeek,
            week.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture), week.AddDays(6).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
            total, age, new LocalizedText(limit.SourceKy, limit.SourceRu, limit.SourceEn));
    }
}

/// <summary>A text given in the portal's three languages that formats as the current UI culture's (an argument of a
/// refusal, localized when the message is).</summary>
public sealed record LocalizedText(string Ky, string Ru, string En)
{
    public override string ToString() => LocalizedName.Pick(Ky, Ru, En, CultureInfo.CurrentUICulture.Name);
}
