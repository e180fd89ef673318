using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Access;
using WblPortal.Domain.Assessments;
using WblPortal.Domain.Common;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Assessments;

/// <summary>One joint assessment as the reader may see it. Until both parties have submitted, each side sees only its
/// own scores (the other side's are not even sent to the page); the employer reads what its mentor sees.</summary>
public static class AssessmentDetails
{
    public enum Reader
    {
        College,
        Mentor,
        Employer,
        Learner,
    }

    public sealed record Item(Guid OutcomeId, string Code, string Text, OutcomeLevel? CuratorLevel, string? CuratorComment,
        OutcomeLevel? MentorLevel, string? MentorComment, OutcomeLevel? FinalLevel, bool Differs);

    public sealed record View(Guid Id, uint Version, Guid PlacementId, AssessmentStatus Status, AssessmentScale Scale, bool GradeRequired,
        string LearnerName, string CollegeKy, string CollegeRu, string? CollegeEn, string? EmployerName, string FormKy, string FormRu, string FormEn,
        string Specialty, DateOnly StartDate, DateOnly EndDate, Reader ReadBy, bool ShowsCurator, bool ShowsMentor, IReadOnlyList<Item> Items,
        string? CuratorName, string? CuratorComment, DateTimeOffset? CuratorSubmittedAt,
        string? MentorName, string? MentorComment, DateTimeOffset? MentorSubmittedAt,
        AssessmentParty? ProposedBy, int? FinalGrade, string? FinalComment, DateTimeOffset? CuratorConfirmedAt, string? CuratorConfirmedBy,
        DateTimeOffset? MentorConfirmedAt, string? MentorConfirmedBy, DateTimeOffset? FinalAt, DateTimeOffset? AcknowledgedAt, string? Disagreement)
    {
        /// <summary>A refused step's form as posted (SubmitScores, ProposeFinalResult or AcknowledgeAssessment command),
        /// shown again beside its reason.</summary>
        public object? Posted { get; init; }

        /// <summary>The final result's protocol number in the college's register ("5/2026"), once first printed.</summary>
        public string? RegisterNumber { get; init; }

        public string College => LocalizedName.Pick(CollegeKy, CollegeRu, CollegeEn, CultureInfo.CurrentUICulture.Name);

        public string Form => LocalizedName.Pick(FormKy, FormRu, FormEn, CultureInfo.CurrentUICulture.Name);

        public IReadOnlyList<OutcomeLevel> Levels => Assessment.LevelsOf(Scale);

        /// <summary>The side the reader scores on, if any.</summary>
        public AssessmentParty? Party => ReadBy switch
        {
            Reader.College => AssessmentParty.Curator,
            Reader.Mentor => AssessmentParty.Mentor,
            _ => null,
        };

        public bool MineSubmitted => Party == AssessmentParty.Curator ? CuratorSubmittedAt is not null : Party == AssessmentParty.Mentor && MentorSubmittedAt is not null;

        public bool CanScore => Party is not null && Status == AssessmentStatus.Scoring;

        public bool CanPropose => Party is not null && Status is AssessmentStatus.Reconciling or AssessmentStatus.FinalProposed;

        public bool CanConfirm => Party is not null && Status == AssessmentStatus.FinalProposed && ProposedBy != Party;

        public bool CanAcknowledge => ReadBy == Reader.Learner && Status == AssessmentStatus.Final && AcknowledgedAt is null;
    }

    public static Reader ReaderOf(Actor actor) => actor switch
    {
        { MentorId: not null } => Reader.Mentor,
        { LearnerId: not null } => Reader.Learner,
        { Role: Roles.EmployerAdmin } => Reader.Employer,
        _ => Reader.College,
    };

    public sealed class Handler(WblDbContext db, Documents.DocumentCodes.Handler codes)
    {
        public async Task<View?> LoadAsync(Guid id, CancellationToken cancellationToken)
        {
            var a = await db.Assessments.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, cancellationToken);
            if (a is null)
            {
                return null;
            }

            var p = await db.Placements.AsNoTracking().Where(x => x.Id == a.PlacementId)
                .Select(x => new
                {
                    x.College!.NameKy, x.College.NameRu, x.College.NameEn, Employer = x.Employer != null ? x.Employer.Name : null,
                    FormKy = x.Form!.NameKy, FormRu = x.Form.NameRu, FormEn = x.Form.NameEn, x.StartDate, x.EndDate,
                })
                .SingleOrDefaultAsync(cancellationToken);
            if (p is null)
            {
                return null;
            }

            var learner = await db.Learners.AsNoTracking().Where(l => l.Id == a.LearnerId)
                .Select(l => l.LastName + " " + l.FirstName + (l.Patronymic == null ? "" : " " + l.Patronymic)).SingleOrDefaultAsync(cancellationToken) ?? "";
            // The programme is not visible to employers' mentors: its name is read only where the reader may see it.
            var specialty = await db.Programmes.AsNoTracking().Where(x => x.Id == a.ProgrammeId)
                .Select(x => x.SpecialtyCode + " " + x.SpecialtyName).SingleOrDefaultAsync(cancellationToken) ?? "";
            var reader = ReaderOf(db.Actor);
            var both = a.BothSubmitted;
            var showsCurator = both || reader == Reader.College;
            var showsMentor = both || reader is Reader.Mentor or Reader.Employer;
            var items = a.Scores.OrderBy(s => s.SortOrder).Select(s => new Item(s.OutcomeId, s.Code, s.Text,
                showsCurator ? s.CuratorLevel : null, showsCurator ? s.CuratorComment : null,
                showsMentor ? s.MentorLevel : null, showsMentor ? s.MentorComment : null,
                a.Status >= AssessmentStatus.Reconciling ? s.FinalLevel : null, both && s.Differs)).ToList();
            return new View(a.Id, a.Version, a.PlacementId, a.Status, a.Scale, a.GradeRequired, learner, p.NameKy, p.NameRu, p.NameEn, p.Employer,
                p.FormKy, p.FormRu, p.FormEn, specialty, p.StartDate, p.EndDate, reader, showsCurator, showsMentor, items,
                a.CuratorName, showsCurator ? a.CuratorComment : null, a.CuratorSubmittedAt,
                a.MentorName, showsMentor ? a.MentorComment : null, a.MentorSubmittedAt,
                a.ProposedBy, a.FinalGrade, a.FinalComment, a.CuratorConfirmedAt, a.CuratorConfirmedBy, a.MentorConfirmedAt, a.MentorConfirmedBy,
                a.FinalAt, a.AcknowledgedAt, a.Disagreement)
            {
                RegisterNumber = a.Status == AssessmentStatus.Final
                    ? await codes.NumberAsync(Domain.Documents.IssuedDocumentKind.AssessmentProtocol, a.Id, cancellationToken)
                    : null,
            };
        }
    }
}
