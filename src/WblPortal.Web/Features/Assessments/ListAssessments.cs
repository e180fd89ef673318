using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Assessments;
using WblPortal.Domain.Common;
using WblPortal.Domain.Placements;
using WblPortal.Infrastructure.Data;
using WblPortal.Web.Infrastructure;
using WblPortal.Web.Infrastructure.Lists;

namespace WblPortal.Web.Features.Assessments;

/// <summary>Every learner of an assessed placement with a mentor (in progress, completed or assessed) and the state of
/// their joint assessment, as the actor sees them: the tenant filters give a college its placements, an employer its
/// own, a mentor those they mentor.</summary>
public static class ListAssessments
{
    /// <summary>Where an assessment stands, as the list filters and shows it.</summary>
    public enum Stage
    {
        NotStarted,
        Scoring,
        Reconciling,
        FinalProposed,
        Final,
        Acknowledged,
        Disagreed,
    }

    public sealed class Filter
    {
        public Stage? Stage { get; set; }
        public Guid? Placement { get; set; }

        /// <summary>Only those waiting on the actor's side (scores, a proposal, a confirmation). Unset: yes for the
        /// scoring parties (college, mentor) on their work list, no elsewhere.</summary>
        public bool? Pending { get; set; }

        /// <summary>Only assessments started and not final yet (scoring, reconciling, a proposal to confirm): the
        /// employer's dashboard card.</summary>
        public bool InProgress { get; set; }

        /// <summary>Every year and every state, not only the work list (<see cref="WorkList"/>).</summary>
        public bool All { get; set; }

        /// <summary>The work list: the current academic year and later; a list of one placement shows all of it.</summary>
        public bool IsWorkList => !All && Placement is null;
    }

    public sealed record Row(Guid PlacementLearnerId, Guid PlacementId, Guid? AssessmentId, string LearnerName, string? Employer,
        string FormKy, string FormRu, string FormEn, DateOnly StartDate, DateOnly EndDate, PlacementStatus PlacementStatus,
        AssessmentStatus? Status, bool CuratorSubmitted, bool MentorSubmitted, AssessmentParty? ProposedBy, bool Acknowledged,
        bool Disagreed, int? Grade)
    {
        public string Form => LocalizedName.Pick(FormKy, FormRu, FormEn, CultureInfo.CurrentUICulture.Name);

        public Stage Stage => Status switch
        {
            null => Stage.NotStarted,
            AssessmentStatus.Scoring => Stage.Scoring,
            AssessmentStatus.Reconciling => Stage.Reconciling,
            AssessmentStatus.FinalProposed => Stage.FinalProposed,
            _ => Disagreed ? Stage.Disagreed : Acknowledged ? Stage.Acknowledged : Stage.Final,
        };

        public bool CanStart(DateOnly today) =>
            Status is null && (PlacementStatus == PlacementStatus.Completed
                || (PlacementStatus == PlacementStatus.InProgress && today >= EndDate.AddDays(-Assessment.DaysBeforeEndToStart)));
    }

    /// <summary>The placement the list is narrowed to: whether the college may now mark it assessed.</summary>
    public sealed record PlacementState(Guid Id, uint Version, PlacementStatus Status, int Learners, int Finals)
    {
        public bool CanMarkAssessed => Status == PlacementStatus.Completed && Learners > 0 && Finals >= Learners;
    }

    public sealed record Page(PagedList<Row> List, Filter Filter, DateOnly Today, PlacementState? Placement, int AcademicYear, bool PendingOnly);

    /// <summary>A learner of a placement with their assessment, if started.</summary>
    public sealed class Pair
    {
        public required PlacementLearner L { get; init; }
        public Assessment? A { get; init; }
    }

    private static readonly SortColumns<Pair> Columns = new SortColumns<Pair>()
        .Add("end", x => x.L.Placement!.EndDate)
        .Add("learner", x => x.L.Learner!.LastName + " " + x.L.Learner.FirstName)
        .Add("employer", x => x.L.Placement!.Employer!.Name)
        .Add("status", x => x.A == null ? null : (object?)x.A.Status)
        .ThenBy(x => x.L.Id);

    private static readonly PlacementStatus[] Assessable = [PlacementStatus.InProgress, PlacementStatus.Completed, PlacementStatus.Assessed];

    public sealed class Handler(WblDbContext db, TimeProvider clock)
    {
        public IQueryable<Row> Query(ListQuery query, Filter filter)
        {
            var pairs = from l in db.PlacementLearners.AsNoTracking()
                        where l.Placement!.RequiresAssessment && l.Placement.MentorId != null && Assessable.Contains(l.Placement.Status)
                        join a in db.Assessments.AsNoTracking() on l.Id equals a.PlacementLearnerId into aa
                        from a in aa.DefaultIfEmpty()
                        select new Pair { L = l, A = a };
            if (filter.Placement is { } placement)
            {
                pairs = pairs.Where(x => x.L.PlacementId == placement);
            }

            pairs = filter.Stage switch
            {
                Stage.NotStarted => pairs.Where(x => x.A == null),
                Stage.Scoring => pairs.Where(x => x.A != null && x.A.Status == AssessmentStatus.Scoring),
                Stage.Reconciling => pairs.Where(x => x.A != null && x.A.Status == AssessmentStatus.Reconciling),
                Stage.FinalProposed => pairs.Where(x => x.A != null && x.A.Status == AssessmentStatus.FinalProposed),
                Stage.Final => pairs.Where(x => x.A != null && x.A.Status == AssessmentStatus.Final && x.A.AcknowledgedAt == null),
                Stage.Acknowledged => pairs.Where(x => x.A != null && x.A.AcknowledgedAt != null && x.A.Disagreement == null),
                Stage.Disagreed => pairs.Where(x => x.A != null && x.A.Disagreement != null),
                _ => pairs,
            };

            if (filter.InProgress)
            {
                pairs = pairs.Where(x => x.A != null && x.A.Status != AssessmentStatus.Final);
            }

            if (filter.IsWorkList)
            {
                var from = WorkList.CurrentYearStart(clock);
                pairs = pairs.Where(x => x.L.Placement!.StartDate >= from);
            }

            if (PendingOnly(filter))
            {
                // Waiting on my side: not started, my scores missing, or a proposal by the other side.
                var mentor = db.Actor.MentorId is not null;
                pairs = mentor
                    ? pairs.Where(x => x.A == null || (x.A.Status == AssessmentStatus.Scoring && x.A.MentorSubmittedAt == null)
                        || x.A.Status == AssessmentStatus.Reconciling
                        || (x.A.Status == AssessmentStatus.FinalProposed && x.A.ProposedBy == AssessmentParty.Curator))
                    : pairs.Where(x => x.A == null || (x.A.Status == AssessmentStatus.Scoring && x.A.CuratorSubmittedAt == null)
                        || x.A.Status == AssessmentStatus.Reconciling
                        || (x.A.Status == AssessmentStatus.FinalProposed && x.A.ProposedBy == AssessmentParty.Mentor));
            }

            if (query.SearchPattern is { } pattern)
            {
                pairs = pairs.Where(x => EF.Functions.ILike(x.L.Learner!.LastName + " " + x.L.Learner.FirstName, pattern)
                    || EF.Functions.ILike(x.L.Placement!.Employer!.Name, pattern));
            }

            return pairs.SortBy(query, Columns).Select(x => new Row(x.L.Id, x.L.PlacementId, x.A == null ? null : x.A.Id,
                x.L.Learner!.LastName + " " + x.L.Learner.FirstName, x.L.Placement!.Employer!.Name,
                x.L.Placement.Form!.NameKy, x.L.Placement.Form.NameRu, x.L.Placement.Form.NameEn, x.L.Placement.StartDate, x.L.Placement.EndDate,
                x.L.Placement.Status, x.A == null ? null : x.A.Status, x.A != null && x.A.CuratorSubmittedAt != null,
                x.A != null && x.A.MentorSubmittedAt != null, x.A == null ? null : x.A.ProposedBy, x.A != null && x.A.AcknowledgedAt != null,
                x.A != null && x.A.Disagreement != null, x.A == null ? null : x.A.FinalGrade));
        }

        /// <summary>Whether the list keeps only the rows waiting on the actor's side: asked for, or by default on the
        /// work list of a scoring party (the employer only reads assessments).</summary>
        public bool PendingOnly(Filter filter) =>
            filter.Pending ?? (filter.IsWorkList && filter.Stage is null && (db.Actor.MentorId is not null || db.Actor.IsCollegeStaff));

        public async Task<Page> PageAsync(ListQuery query, Filter filter, CancellationToken cancellationToken)
        {
            var list = await Query(query, filter).ToPagedListAsync(query, cancellationToken);
            var placement = filter.Placement is not { } id ? null : await db.Placements.AsNoTracking().Where(p => p.Id == id)
                .Select(p => new PlacementState(p.Id, p.Version, p.Status, p.Learners.Count,
                    db.Assessments.Count(a => a.PlacementId == p.Id && a.Status == AssessmentStatus.Final)))
                .SingleOrDefaultAsync(cancellationToken);
            return new Page(list, filter, clock.BishkekToday(), placement, WorkList.CurrentAcademicYear(clock), PendingOnly(filter));
        }
    }
}
