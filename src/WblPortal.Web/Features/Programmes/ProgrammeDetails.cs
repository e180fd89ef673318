using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Common;
using WblPortal.Domain.Programmes;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Programmes;

/// <summary>One programme with its eight sections, mentor requirements, invited employers, comments and history, as the
/// actor may see it (an employer: only its own comments, no history). A fixed number of queries, whatever its size.</summary>
public static class ProgrammeDetails
{
    /// <summary>Kyrgyzstan keeps UTC+6 all year: comment and history times are shown in it, whatever the server's zone.</summary>
    public static string LocalTime(DateTimeOffset at) => WblPortal.Web.Infrastructure.PortalTime.Format(at);

    public sealed record View(
        Guid Id, uint Version, Guid SpecialtyId, string CollegeNameKy, string CollegeNameRu, int AcademicYear, int Revision, ProgrammeStatus Status,
        string SpecialtyCode, string SpecialtyName, string? NormativeBasis, string? Goal, string? Procedure, string? SafetyRules, int TotalStudyHours,
        MentorRequirements MentorRequirements, int? NqfLevel, decimal? MinSharePercent, string? ApprovalOrderNumber, DateOnly? ApprovalDate,
        string? ApprovedByName, Guid? CopiedFromId)
    {
        public Domain.Assessments.AssessmentScale AssessmentScale { get; init; } = Domain.Assessments.AssessmentScale.ThreeLevel;
        public bool UsesPracticeGrade { get; init; } = true;
        public IReadOnlyList<LoadRow> Loads { get; init; } = [];
        public IReadOnlyList<OutcomeRow> Outcomes { get; init; } = [];
        public IReadOnlyList<ContentRow> Contents { get; init; } = [];
        public IReadOnlyList<ParticipantRow> Participants { get; init; } = [];
        public IReadOnlyList<CommentRow> Comments { get; init; } = [];
        public IReadOnlyList<HistoryRow> History { get; init; } = [];

        public string College => LocalizedName.Pick(CollegeNameKy, CollegeNameRu, null, CultureInfo.CurrentUICulture.Name);

        public string Year => AcademicCalendar.Label(AcademicYear);

        public bool IsEditable => Status == ProgrammeStatus.Draft;

        public int WblHours => Loads.Sum(l => l.Hours);

        public decimal SharePercent => TotalStudyHours <= 0 ? 0 : Math.Round(100m * WblHours / TotalStudyHours, 1);

        public bool BelowMinimum => MinSharePercent is { } min && SharePercent < min;

        /// <summary>The semesters with hours, in order: the columns of the schedule.</summary>
        public IReadOnlyList<int> Semesters => Loads.Select(l => l.Semester).Distinct().Order().ToList();
    }

    public sealed record LoadRow(Guid Id, int FormId, string FormKy, string FormRu, string FormEn, int Semester, int Hours)
    {
        public string Form => LocalizedName.Pick(FormKy, FormRu, FormEn, CultureInfo.CurrentUICulture.Name);
    }

    public sealed record CompetencyRow(Guid Id, string Code, CompetencyKind Kind, string NameKy, string NameRu)
    {
        public string Name => LocalizedName.Pick(NameKy, NameRu, null, CultureInfo.CurrentUICulture.Name);
    }

    public sealed record OutcomeRow(Guid Id, string Code, string Text, IReadOnlyList<CompetencyRow> Competencies);

    public sealed record ContentRow(Guid Id, int FormId, string FormKy, string FormRu, string FormEn, string? Themes, string? SpecificOutcomes,
        string? WorkEnvironment, string? AssessmentRules, string? RecognitionRules)
    {
        public string Form => LocalizedName.Pick(FormKy, FormRu, FormEn, CultureInfo.CurrentUICulture.Name);
    }

    public sealed record ParticipantRow(Guid EmployerId, string Employer);

    public sealed record CommentRow(Guid Id, uint Version, string Employer, string Text, string AuthorName, DateTimeOffset At, string? Answer,
        string? AnsweredByName, DateTimeOffset? AnsweredAt);

    public sealed record HistoryRow(DateTimeOffset At, string UserName, string Action, string? FromStatus, string ToStatus, string? Comment);

    public sealed class Handler(WblDbContext db)
    {
        public async Task<View?> LoadAsync(Guid id, CancellationToken cancellationToken)
        {
            var view = await db.Programmes.AsNoTracking().Where(p => p.Id == id)
                .Select(p => new View(p.Id, p.Version, p.SpecialtyId, p.College!.NameKy, p.College.NameRu, p.AcademicYear, p.Revision, p.Status,
                    p.SpecialtyCode, p.SpecialtyName, p.NormativeBasis, p.Goal, p.Procedure, p.SafetyRules, p.TotalStudyHours, p.MentorRequirements,
                    null, null, p.ApprovalOrderNumber, p.ApprovalDate,
                    p.ApprovedByName, p.CopiedFromId) { AssessmentScale = p.AssessmentScale, UsesPracticeGrade = p.UsesPracticeGrade })
                .SingleOrDefaultAsync(cancellationToken);
            if (view is null)
            {
                return null;
            }

            // The NQF level separately: an employer does not see the college's specialties (no share minimum for it).
            var level = await db.Specialties.AsNoTracking().Where(s => s.Id == view.SpecialtyId)
                .Select(s => new { s.NqfLevel!.Level, s.NqfLevel.MinWblSharePercent }).SingleOrDefaultAsync(cancellationToken);
            var loads = await db.ProgrammeLoads.AsNoTracking().Where(l => l.ProgrammeId == id)
                .OrderBy(l => l.Form!.Stage).ThenBy(l => l.Form!.SortOrder).ThenBy(l => l.Semester)
                .Select(l => new LoadRow(l.Id, l.FormId, l.Form!.NameKy, l.Form.NameRu, l.Form.NameEn, l.Semester, l.Hours))
                .ToListAsync(cancellationToken);
            var outcomes = await db.ProgrammeOutcomes.AsNoTracking().Where(o => o.ProgrammeId == id).OrderBy(o => o.SortOrder).ThenBy(o => o.Code)
                .Select(o => new OutcomeRow(o.Id, o.Code, o.Text,
                    o.Competencies.OrderBy(c => c.Code).Select(c => new CompetencyRow(c.Id, c.Code, c.Kind, c.NameKy, c.NameRu)).ToList()))
                .ToListAsync(cancellationToken);
            var contents = await db.ProgrammeFormContents.AsNoTracking().Where(c => c.ProgrammeId == id)
                .OrderBy(c => c.Form!.Stage).ThenBy(c => c.Form!.SortOrder)
                .Select(c => new ContentRow(c.Id, c.FormId, c.Form!.NameKy, c.Form.NameRu, c.Form.NameEn, c.Themes, c.SpecificOutcomes, c.WorkEnvironment,
                    c.AssessmentRules, c.RecognitionRules))
                .ToListAsync(cancellationToken);
            var participants = await db.ProgrammeParticipants.AsNoTracking().Where(p => p.ProgrammeId == id)
                .Join(db.Employers, p => p.EmployerId, e => e.Id, (p, e) => new { e.Id, e.Name })
                .OrderBy(e => e.Name)
                .Select(e => new ParticipantRow(e.Id, e.Name))
                .ToListAsync(cancellationToken);
            var comments = await db.ProgrammeComments.AsNoTracking().Where(c => c.ProgrammeId == id)
                .Join(db.Employers, c => c.EmployerId, e => e.Id, (c, e) => new { c, e.Name })
                .OrderBy(x => x.c.At)
                .Select(x => new CommentRow(x.c.Id, x.c.Version, x.Name, x.c.Text, x.c.AuthorName, x.c.At, x.c.Answer, x.c.AnsweredByName, x.c.AnsweredAt))
                .ToListAsync(cancellationToken);
            var history = await db.ProgrammeHistory.AsNoTracking().Where(h => h.ProgrammeId == id).OrderBy(h => h.At).ThenBy(h => h.Id)
                .Select(h => new HistoryRow(h.At, h.UserName, h.Action, h.FromStatus, h.ToStatus, h.Comment))
                .ToListAsync(cancellationToken);
            return view with { NqfLevel = level?.Level, MinSharePercent = level?.MinWblSharePercent, Loads = loads, Outcomes = outcomes, Contents = contents, Participants = participants, Comments = comments, History = history };
        }
    }
}
