using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Agreements;
using WblPortal.Domain.Assessments;
using WblPortal.Domain.Common;
using WblPortal.Domain.Diaries;
using WblPortal.Domain.Graduates;
using WblPortal.Domain.Placements;
using WblPortal.Domain.Privacy;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Privacy;

/// <summary>Subject access (Law No. 58): everything the portal holds about the signed-in learner, read through the
/// tenant filter (the learner's own rows only) — personal details, study group, placements, tripartite agreements,
/// diary entries, assessments, employment follow-up and who viewed the data. Given as JSON and as a PDF summary
/// (<see cref="LoadPersonalDataSummary"/>).</summary>
public static class SubjectAccess
{
    public sealed record Person(string LastName, string FirstName, string? Patronymic, string Pin, DateOnly DateOfBirth, Gender Gender,
        bool HasSpecialNeeds, string? SpecialNeedsNote, string? RepresentativeName, string? RepresentativePhone, string? Phone, string? Email,
        DateOnly? GraduatedOn, string College, string Group, string Specialty, int YearOfStudy);

    public sealed record PlacementItem(string Form, string? Employer, string? Site, DateOnly StartDate, DateOnly EndDate, PlacementStatus Status, string? Mentor);

    public sealed record AgreementItem(AgreementStatus Status, DateTimeOffset? CollegeConfirmedAt, DateTimeOffset? EmployerConfirmedAt,
        DateTimeOffset? LearnerConfirmedAt, LearnerConsentKind? LearnerConsentKind, string? RepresentativeName);

    public sealed record DiaryItem(DateOnly Date, decimal Hours, string Tasks, DiaryEntryStatus Status, string AuthorName, string? ApprovedByName,
        string? ReturnComment);

    public sealed record AssessmentItem(AssessmentStatus Status, DateTimeOffset StartedAt, int? FinalGrade, string? FinalComment, string? CuratorComment,
        string? MentorComment, DateTimeOffset? FinalAt, string? Disagreement);

    public sealed record EmploymentItem(EmploymentCheckpoint Checkpoint, EmploymentStatus Status, string? EmployerName, string? Position, string? Note,
        DateOnly RecordedOn);

    public sealed record AccessItem(DateTimeOffset At, string? UserName, string? Role, PersonalDataView What);

    public sealed record Model(DateTimeOffset GeneratedAt, Person Person, IReadOnlyList<PlacementItem> Placements, IReadOnlyList<AgreementItem> Agreements,
        IReadOnlyList<DiaryItem> Diary, IReadOnlyList<AssessmentItem> Assessments, IReadOnlyList<EmploymentItem> Employment,
        IReadOnlyList<AccessItem> AccessLog)
    {
        /// <summary>The learner's consents (Law No. 58), withdrawn ones included.</summary>
        public IReadOnlyList<ConsentItem> Consents { get; init; } = [];
    }

    public sealed record ConsentItem(Domain.Privacy.ConsentPurpose Purpose, Domain.Privacy.ConsentGiver GivenBy, string? RepresentativeName, string TextVersion,
        DateOnly GivenOn, bool OnPaper, DateTimeOffset RecordedAt, DateTimeOffset? WithdrawnAt);

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        // Names and tasks stay readable Cyrillic in the file, not \u escapes.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter() },
    };

    public static byte[] ToJson(Model model) => JsonSerializer.SerializeToUtf8Bytes(model, Json);

    public sealed class Handler(WblDbContext db, TimeProvider clock)
    {
        /// <summary>The signed-in learner's data; null for any other actor (the filter gives no learner row).</summary>
        public async Task<Model?> LoadMineAsync(CancellationToken cancellationToken)
        {
            if (db.Actor.LearnerId is not { } me)
            {
                return null;
            }

            var person = await db.Learners.AsNoTracking().Where(l => l.Id == me)
                .Select(l => new Person(l.LastName, l.FirstName, l.Patronymic, l.Pin, l.DateOfBirth, l.Gender, l.HasSpecialNeeds, l.SpecialNeedsNote,
                    l.RepresentativeName, l.RepresentativePhone, l.Phone, l.Email, l.GraduatedOn, l.College!.NameKy, l.Group!.Name,
                    l.Group.Specialty!.Code + " " + l.Group.Specialty.NameKy, l.Group.YearOfStudy))
                .SingleOrDefaultAsync(cancellationToken);
            if (person is null)
            {
                return null;
            }

            var placements = await db.PlacementLearners.AsNoTracking().Where(pl => pl.LearnerId == me)
                .OrderBy(pl => pl.Placement!.StartDate)
                .Select(pl => new PlacementItem(pl.Placement!.Form!.NameKy, pl.Placement.Employer == null ? null : pl.Placement.Employer.Name,
                    pl.Placement.Site, pl.Placement.StartDate, pl.Placement.EndDate, pl.Placement.Status,
                    pl.Placement.Mentor == null ? null : pl.Placement.Mentor.FullName))
                .ToListAsync(cancellationToken);
            var agreements = await db.Agreements.AsNoTracking().Where(a => a.LearnerId == me).OrderBy(a => a.Id)
                .Select(a => new AgreementItem(a.Status, a.CollegeConfirmedAt, a.EmployerConfirmedAt, a.LearnerConfirmedAt, a.LearnerConsentKind,
                    a.RepresentativeName))
                .ToListAsync(cancellationToken);
            var diary = await db.DiaryEntries.AsNoTracking().Where(e => e.LearnerId == me).OrderBy(e => e.Date).ThenBy(e => e.Id)
                .Select(e => new DiaryItem(e.Date, e.Hours, e.Tasks, e.Status, e.AuthorName, e.ApprovedByName, e.ReturnComment))
                .ToListAsync(cancellationToken);
            var assessments = await db.Assessments.AsNoTracking().Where(a => a.LearnerId == me).OrderBy(a => a.StartedAt)
                .Select(a => new AssessmentItem(a.Status, a.StartedAt, a.FinalGrade, a.FinalComment, a.CuratorComment, a.MentorComment, a.FinalAt,
                    a.Disagreement))
                .ToListAsync(cancellationToken);
            var employment = await db.GraduateEmployments.AsNoTracking().Where(g => g.LearnerId == me).OrderBy(g => g.Checkpoint)
                .Select(g => new EmploymentItem(g.Checkpoint, g.Status, g.EmployerName, g.Position, g.Note, g.RecordedOn))
                .ToListAsync(cancellationToken);
            var log = await db.PersonalDataAccesses.AsNoTracking().Where(a => a.LearnerId == me).OrderByDescending(a => a.At)
                .Select(a => new AccessItem(a.At, a.UserName, a.Role, a.What))
                .ToListAsync(cancellationToken);
            var consents = await db.PersonalDataConsents.AsNoTracking().Where(c => c.LearnerId == me).OrderBy(c => c.RecordedAt)
                .Select(c => new ConsentItem(c.Purpose, c.GivenBy, c.RepresentativeName, c.TextVersion, c.GivenOn, c.OnPaper, c.RecordedAt, c.WithdrawnAt))
                .ToListAsync(cancellationToken);
            return new Model(clock.GetUtcNow(), person, placements, agreements, diary, assessments, employment, log) { Consents = consents };
        }
    }
}
