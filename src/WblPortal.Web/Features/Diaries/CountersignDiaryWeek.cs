using Microsoft.Extensions.Localization;
using WblPortal.Domain.Diaries;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Diaries;

/// <summary>The college's curator countersigns a week's approved entries — exactly those the page showed.</summary>
public static class CountersignDiaryWeek
{
    public sealed class Handler(WblDbContext db, StepRunner steps, IStringLocalizer<DiaryResource> d)
    {
        public Task<FeatureResult> HandleAsync(DiaryStep.Command command, CancellationToken cancellationToken) =>
            DiaryStep.WeekAsync(db, steps, d, command, DiaryEntryStatus.Approved, (week, by, at) => DiaryEntry.CountersignWeek(week, by, at), cancellationToken);
    }
}
