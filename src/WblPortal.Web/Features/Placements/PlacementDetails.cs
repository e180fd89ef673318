using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Common;
using WblPortal.Domain.Placements;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Placements;

/// <summary>A placement with its learners and its full history (who, when, what), as the actor may read it: the
/// college sees its learners by name; the employer the number and groups (learners' records stay the college's).</summary>
public static class PlacementDetails
{
    public sealed record Model(Guid Id, uint Version, PlacementStatus Status, string Form, bool RequiresEmployer, bool RequiresMentor,
        bool RequiresAssessment, bool IsLongTerm, string College, string? Specialty, string? Employer, string? Site, DateOnly StartDate, DateOnly EndDate,
        int RequestedCount, int? ConfirmedCount, string? Curator, string? Mentor, string? DeclineReason, string? CancelReason,
        DateOnly? RequestedStartDate, DateOnly? RequestedEndDate, int? RequestedCountByEmployer, string? ChangeRequestComment,
        PlacementStatus ReadyStatus, IReadOnlyList<LearnerRow> Learners, int LearnerCount, IReadOnlyList<HistoryRow> History)
    {
        /// <summary>A refused step's form as posted, shown again beside its reason.</summary>
        public PlacementStep.Command? PostedStep { get; init; }

        /// <summary>The employer's page: the load of the placement's site over its dates.</summary>
        public EmployerSites.SiteCapacity.Load? SiteLoad { get; init; }
    }

    public sealed record LearnerRow(Guid Id, string Name, string Group);

    public sealed record HistoryRow(DateTimeOffset At, string UserName, string Action, string? FromStatus, string ToStatus, string? Comment);

    public sealed class Handler(WblDbContext db)
    {
        public async Task<Model?> LoadAsync(Guid id, bool forEmployer, CancellationToken cancellationToken)
        {
            var p = await db.Placements.AsNoTracking().Where(x => x.Id == id)
                .Select(x => new
                {
                    x.Id, x.Version, x.Status, x.Form!.NameKy, x.Form.NameRu, x.Form.NameEn, x.RequiresEmployer, x.RequiresMentor, x.RequiresAssessment,
                    x.IsLongTerm, CollegeKy = x.College!.NameKy, CollegeRu = x.College.NameRu, CollegeEn = x.College.NameEn,
                    Employer = x.Employer != null ? x.Employer.Name : null, x.Site, x.StartDate, x.EndDate, x.RequestedCount, x.ConfirmedCount,
                    Mentor = x.Mentor != null ? x.Mentor.FullName : null, x.DeclineReason, x.CancelReason, x.RequestedStartDate, x.RequestedEndDate,
                    x.RequestedCountByEmployer, x.ChangeRequestComment, x.ProgrammeId, x.CuratorId, LearnerCount = x.Learners.Count,
                    x.MentorId,
                })
                .SingleOrDefaultAsync(cancellationToken);
            if (p is null)
            {
                return null;
            }

            string? specialty = null;
            string? curator = null;
            IReadOnlyList<LearnerRow> learners = [];
            if (!forEmployer)
            {
                var extra = await db.Placements.AsNoTracking().Where(x => x.Id == id)
                    .Select(x => new { Specialty = x.Programme!.SpecialtyCode + " " + x.Programme.SpecialtyName, Curator = x.Curator!.FullName })
                    .SingleAsync(cancellationToken);
                specialty = extra.Specialty;
                curator = extra.Curator;
                learners = await db.PlacementLearners.AsNoTracking().Where(l => l.PlacementId == id)
                    .OrderBy(l => l.Learner!.LastName).ThenBy(l => l.Learner!.FirstName)
                    .Select(l => new LearnerRow(l.LearnerId, l.Learner!.LastName + " " + l.Learner.FirstName + (l.Learner.Patronymic == null ? "" : " " + l.Learner.Patronymic),
                        l.Group!.Name))
                    .ToListAsync(cancellationToken);
            }

            var history = await db.PlacementHistory.AsNoTracking().Where(h => h.PlacementId == id)
                .OrderBy(h => h.At).ThenBy(h => h.Id)
                .Select(h => new HistoryRow(h.At, h.UserName, h.Action, h.FromStatus, h.ToStatus, h.Comment))
                .ToListAsync(cancellationToken);

            var readyStatus = !p.RequiresEmployer ? PlacementStatus.Draft : p.RequiresMentor ? PlacementStatus.MentorAssigned : PlacementStatus.Confirmed;
            var culture = CultureInfo.CurrentUICulture.Name;
            return new Model(p.Id, p.Version, p.Status, LocalizedName.Pick(p.NameKy, p.NameRu, p.NameEn, culture), p.RequiresEmployer, p.RequiresMentor,
                p.RequiresAssessment, p.IsLongTerm, LocalizedName.Pick(p.CollegeKy, p.CollegeRu, p.CollegeEn, culture), specialty, p.Employer, p.Site,
                p.StartDate, p.EndDate, p.RequestedCount, p.ConfirmedCount, curator, p.Mentor, p.DeclineReason, p.CancelReason, p.RequestedStartDate,
                p.RequestedEndDate, p.RequestedCountByEmployer, p.ChangeRequestComment, readyStatus, learners, p.LearnerCount, history);
        }
    }
}
