using Microsoft.Extensions.Localization;
using WblPortal.Domain.Diaries;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Diaries;

/// <summary>The mentor approves a week's submitted entries in one step — exactly those the page showed.</summary>
public static class ApproveDiaryWeek
{
    public sealed class Handler(WblDbContext db, StepRunner steps, IStringLocalizer<DiaryResource> d)
    {
        public Task<FeatureResult> HandleAsync(DiaryStep.Command command, CancellationToken cancellationToken) =>
            DiaryStep.WeekAsync(db, steps, d, command, DiaryEntryStatus.Submitted, (week, by, at) => DiaryEntry.ApproveWeek(week, by, at), cancellationToken);
    }
}
