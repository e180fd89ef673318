using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Assessments;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Assessments;

/// <summary>The final results for figures and reports: per learner of a placement, the final level of each learning
/// outcome and the 2–5 grade (when the form takes one). Only final (both-confirmed) assessments; scoped by the actor's
/// tenant filter like every query.</summary>
public static class AssessmentResults
{
    public sealed record Outcome(string Code, string Text, OutcomeLevel Level);

    public sealed record Result(Guid PlacementId, Guid PlacementLearnerId, Guid LearnerId, AssessmentScale Scale, int? Grade,
        DateTimeOffset FinalAt, bool Acknowledged, bool Disagreed, IReadOnlyList<Outcome> Outcomes)
    {
        /// <summary>Share of outcomes achieved (partly achieved counts half), 0–1.</summary>
        public decimal AchievedShare => Outcomes.Count == 0 ? 0
            : Outcomes.Sum(o => o.Level switch { OutcomeLevel.Achieved => 1m, OutcomeLevel.PartlyAchieved => 0.5m, _ => 0m }) / Outcomes.Count;
    }

    public sealed class Handler(WblDbContext db)
    {
        /// <param name="placementIds">Limit to these placements (null: every placement the actor sees).</param>
        public async Task<IReadOnlyList<Result>> LoadAsync(IReadOnlyCollection<Guid>? placementIds, CancellationToken cancellationToken)
        {
            var query = db.Assessments.AsNoTracking().Where(a => a.Status == AssessmentStatus.Final);
            if (placementIds is not null)
            {
                query = query.Where(a => placementIds.Contains(a.PlacementId));
            }

            var rows = await query.OrderBy(a => a.PlacementId).ThenBy(a => a.Id).ToListAsync(cancellationToken);
            return rows.Select(a => new Result(a.PlacementId, a.PlacementLearnerId, a.LearnerId, a.Scale, a.FinalGrade, a.FinalAt!.Value,
                    a.AcknowledgedAt is not null, a.HasDisagreement,
                    a.Scores.OrderBy(s => s.SortOrder).Select(s => new Outcome(s.Code, s.Text, s.FinalLevel!.Value)).ToList()))
                .ToList();
        }
    }
}
