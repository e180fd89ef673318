using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Domain.Common;
using WblPortal.Domain.Reference;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Placements;

/// <summary>The college proposes a drafted placement to the employer — not with a weekly load above the working time
/// the law allows its youngest learner (reference data <see cref="WorkingTimeLimit"/>).</summary>
public static class ProposePlacement
{
    public sealed class Handler(WblDbContext db, StepRunner steps, IStringLocalizer<WorkflowResource> w)
    {
        public async Task<FeatureResult> HandleAsync(PlacementStep.Command command, CancellationToken cancellationToken)
        {
            var placement = await PlacementStep.LoadAsync(db, command.Id, cancellationToken);
            return await steps.RunAsync(placement, command.Version, async (p, by, at, ct) =>
                {
                    var (limits, learners, weekly) = await LoadAsync(p, ct);
                    WorkingTimeLimit.Check(limits, learners, p.StartDate, weekly,
                        l => LocalizedName.Pick(l.SourceKy, l.SourceRu, l.SourceEn, CultureInfo.CurrentUICulture.Name));
                    p.Propose(by, at);
                    return null;
                },
                PlacementStep.Refusals(w), cancellationToken, staleFirst: true);
        }

        private async Task<(List<WorkingTimeLimit>, List<Domain.Learners.Learner>, decimal)> LoadAsync(Domain.Placements.Placement placement,
            CancellationToken cancellationToken)
        {
            var limits = await db.WorkingTimeLimits.AsNoTracking().ToListAsync(cancellationToken);
            var ids = placement.Learners.Select(l => l.LearnerId).ToList();
            var learners = await db.Learners.AsNoTracking().Where(l => ids.Contains(l.Id)).ToListAsync(cancellationToken);
            var planned = await db.ProgrammeLoads.AsNoTracking().Where(l => l.ProgrammeId == placement.ProgrammeId && l.FormId == placement.FormId)
                .SumAsync(l => l.Hours, cancellationToken);
            return (limits, learners, WorkingTimeLimit.WeeklyLoad(planned, placement.StartDate, placement.EndDate));
        }
    }
}
