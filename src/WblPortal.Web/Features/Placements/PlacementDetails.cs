using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Common;
using WblPortal.Domain.Learners;
using WblPortal.Domain.Placements;
using WblPortal.Domain.Privacy;
using WblPortal.Infrastructure.Data;
using WblPortal.Infrastructure.Data.Access;

namespace WblPortal.Web.Features.Placements;

/// <summary>A placement with its learners and its full history (who, when, what), as the actor may read it: the
/// college sees its learners by name; the employer the named list of the learners proposed to it — name, group and age
/// band, never the birth date, and special-needs adaptations only under the learner's consent to transfer their details
/// (Law No. 58).</summary>
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

        /// <summary>The employer's page: the learners proposed to it.</summary>
        public IReadOnlyList<ProposedLearner> ProposedLearners { get; init; } = [];

        /// <summary>The employer's page: the load of the placement's site over its dates.</summary>
        public EmployerSites.SiteCapacity.Load? SiteLoad { get; init; }
    }

    public sealed record LearnerRow(Guid Id, string Name, string Group);

    /// <summary>The age bands of the working-time limits (Labour Code art. 91), at the placement's start.</summary>
    public enum AgeBand
    {
        Under16,
        From16To17,
        Adult,
    }

    /// <param name="Adaptations">The special educational needs to adapt the workplace to, when the learner has them and
    /// consented to their details being passed to the employer; null otherwise (nothing says whether they have any).</param>
    public sealed record ProposedLearner(string Name, string Group, AgeBand AgeBand, string? Adaptations);

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
                    x.MentorId, x.CollegeId,
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

            IReadOnlyList<ProposedLearner> proposed = [];
            if (forEmployer)
            {
                // The learners and their groups are the college's rows, named to the employer for the placement it reads (its
                // placement learner rows are in its scope): read through that placement's college.
                var rows = await (from l in db.PlacementLearners.AsNoTracking().Where(l => l.PlacementId == id)
                                  join learner in db.Learners.ReadThroughCollege(p.CollegeId) on l.LearnerId equals learner.Id
                                  join g in db.StudyGroups.ReadThroughCollege(p.CollegeId) on l.GroupId equals g.Id
                                  orderby learner.LastName, learner.FirstName
                                  select new
                                  {
                                      learner.LastName, learner.FirstName, learner.Patronymic, Group = g.Name, learner.DateOfBirth,
                                      learner.HasSpecialNeeds, learner.SpecialNeedsNote,
                                      Consent = db.PersonalDataConsents.Any(c => c.LearnerId == l.LearnerId && c.Purpose == ConsentPurpose.TransferToEmployer
                                                                                 && c.WithdrawnAt == null),
                                  })
                    .ToListAsync(cancellationToken);
                proposed = rows.Select(r => new ProposedLearner(Diaries.DiaryDetails.FullName(r.LastName, r.FirstName, r.Patronymic), r.Group,
                        Band(Learner.AgeOn(r.DateOfBirth, p.StartDate)), r.Consent && r.HasSpecialNeeds ? r.SpecialNeedsNote?.Trim() ?? "" : null))
                    .ToList();
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
                p.RequestedEndDate, p.RequestedCountByEmployer, p.ChangeRequestComment, readyStatus, learners, p.LearnerCount, history)
            {
                ProposedLearners = proposed,
            };
        }

        private static AgeBand Band(int age) => age < 16 ? AgeBand.Under16 : age < 18 ? AgeBand.From16To17 : AgeBand.Adult;
    }
}
