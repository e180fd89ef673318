using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Common;
using WblPortal.Domain.Diaries;
using WblPortal.Domain.Placements;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Diaries;

/// <summary>Who is looking at a diary decides which steps the page offers (the filters decide what it shows).</summary>
public enum DiaryMode
{
    Learner,
    Mentor,
    Employer,
    College,
}

/// <summary>One learner's diary in one placement: the header, the safety induction, every week of the placement with
/// its entries and hours done against planned, the programme's outcomes and (not for the learner) the mentor's notes.</summary>
public static class DiaryDetails
{
    public sealed record Header(Guid PlacementLearnerId, Guid PlacementId, string LearnerName, string? Employer, string Form,
        DateOnly StartDate, DateOnly EndDate, bool Weekly, PlacementStatus Status, string? MentorName, Guid ProgrammeId, int FormId, Guid CollegeId = default, Guid LearnerId = default);

    public sealed record Induction(Guid Id, uint Version, InductionTopics Topics, DateOnly Date, string ConductedByName,
        string ConductedByPosition, string RecordedByName, DateTimeOffset RecordedAt, DateTimeOffset? AcknowledgedAt);

    public sealed record Entry(Guid Id, uint Version, DateOnly Date, DateOnly WeekStart, decimal Hours, string Tasks, IReadOnlyList<Guid> OutcomeIds,
        Guid? EvidenceId, string? EvidenceName, DiaryEntryStatus Status, bool WrittenByMentor, string AuthorName, Guid? CorrectsEntryId,
        string? ReturnComment, DateTimeOffset? SubmittedAt, string? ApprovedByName, DateTimeOffset? ApprovedAt, string? CountersignedByName,
        DateTimeOffset? CountersignedAt)
    {
        public bool IsLocked => Status is DiaryEntryStatus.Approved or DiaryEntryStatus.Countersigned;

        public bool IsEditable => Status is DiaryEntryStatus.Draft or DiaryEntryStatus.Returned;
    }

    public sealed record Week(DateOnly Start, IReadOnlyList<Entry> Entries, decimal Planned, decimal Done, decimal Pending)
    {
        public DateOnly End => Start.AddDays(6);

        public int SubmittedCount => Entries.Count(e => e.Status == DiaryEntryStatus.Submitted);

        public int ApprovedCount => Entries.Count(e => e.Status == DiaryEntryStatus.Approved);

        public bool IsLocked => Entries.Any(e => e.IsLocked);
    }

    public sealed record Outcome(Guid Id, string Code, string Text);

    public sealed record Note(DateOnly Date, MentorNoteTopic Topic, string Text, string AuthorName);

    public sealed record Model(Header Header, Induction? SafetyInduction, IReadOnlyList<Week> Weeks, IReadOnlyList<Outcome> Outcomes,
        IReadOnlyList<Note> Notes, decimal Planned, decimal Done, decimal Pending, DiaryMode Mode)
    {
        /// <summary>A refused step's form as posted, shown again beside its reason.</summary>
        public DiaryStep.Command? PostedStep { get; init; }

        /// <summary>A refused note as posted.</summary>
        public WriteNote.Command? PostedNote { get; init; }

        public IEnumerable<Entry> Entries => Weeks.SelectMany(w => w.Entries);

        public Entry? CorrectionOf(Guid entryId) => Entries.FirstOrDefault(e => e.CorrectsEntryId == entryId);

        public string OutcomeCodes(Entry e) =>
            string.Join(", ", Outcomes.Where(o => e.OutcomeIds.Contains(o.Id)).Select(o => o.Code));
    }

    public sealed class Handler(WblDbContext db)
    {
        public async Task<Header?> HeaderAsync(Guid placementLearnerId, CancellationToken cancellationToken)
        {
            var row = await db.PlacementLearners.AsNoTracking()
                .Where(pl => pl.Id == placementLearnerId && pl.Placement!.EmployerId != null && pl.Placement.SharedWithEmployerAt != null)
                .Select(pl => new
                {
                    pl.Id, pl.PlacementId, pl.Learner!.LastName, pl.Learner.FirstName, pl.Learner.Patronymic,
                    Employer = pl.Placement!.Employer!.Name, pl.Placement.Form!.NameKy, pl.Placement.Form.NameRu, pl.Placement.Form.NameEn,
                    pl.Placement.StartDate, pl.Placement.EndDate, pl.Placement.WeeklyDiary, pl.Placement.Status,
                    Mentor = pl.Placement.Mentor!.FullName, pl.Placement.ProgrammeId, pl.Placement.FormId, pl.CollegeId, pl.LearnerId,
                })
                .SingleOrDefaultAsync(cancellationToken);
            return row is null
                ? null
                : new Header(row.Id, row.PlacementId, FullName(row.LastName, row.FirstName, row.Patronymic), row.Employer,
                    LocalizedName.Pick(row.NameKy, row.NameRu, row.NameEn, CultureInfo.CurrentUICulture.Name), row.StartDate, row.EndDate,
                    row.WeeklyDiary, row.Status, row.Mentor, row.ProgrammeId, row.FormId, row.CollegeId, row.LearnerId);
        }

        public async Task<Model?> LoadAsync(Guid placementLearnerId, DiaryMode mode, CancellationToken cancellationToken)
        {
            var header = await HeaderAsync(placementLearnerId, cancellationToken);
            if (header is null)
            {
                return null;
            }

            var induction = await db.SafetyInductions.AsNoTracking().Where(i => i.PlacementLearnerId == placementLearnerId)
                .Select(i => new Induction(i.Id, i.Version, new InductionTopics(i.Charter, i.InternalRules, i.Sanitary, i.FireSafety, i.LabourProtection),
                    i.Date, i.ConductedByName, i.ConductedByPosition, i.RecordedByName, i.RecordedAt, i.AcknowledgedAt))
                .SingleOrDefaultAsync(cancellationToken);
            var entries = await (from e in db.DiaryEntries.AsNoTracking()
                                 where e.PlacementLearnerId == placementLearnerId
                                 join f in db.DiaryEvidence.AsNoTracking() on e.EvidenceId equals f.Id into files
                                 from f in files.DefaultIfEmpty()
                                 orderby e.Date, e.Id
                                 select new Entry(e.Id, e.Version, e.Date, e.WeekStart, e.Hours, e.Tasks, e.OutcomeIds, e.EvidenceId, f.FileName,
                                     e.Status, e.WrittenByMentor, e.AuthorName, e.CorrectsEntryId, e.ReturnComment, e.SubmittedAt,
                                     e.ApprovedByName, e.ApprovedAt, e.CountersignedByName, e.CountersignedAt))
                .ToListAsync(cancellationToken);
            var outcomes = await db.ProgrammeOutcomes.AsNoTracking().Where(o => o.ProgrammeId == header.ProgrammeId)
                .OrderBy(o => o.SortOrder).ThenBy(o => o.Code).Select(o => new Outcome(o.Id, o.Code, o.Text)).ToListAsync(cancellationToken);
            var planned = await db.ProgrammeLoads.AsNoTracking().Where(l => l.ProgrammeId == header.ProgrammeId && l.FormId == header.FormId)
                .SumAsync(l => (int?)l.Hours, cancellationToken) ?? 0;
            IReadOnlyList<Note> notes = mode == DiaryMode.Learner
                ? []
                : await db.MentorNotes.AsNoTracking().Where(n => n.PlacementLearnerId == placementLearnerId)
                    .OrderByDescending(n => n.Date).ThenByDescending(n => n.At)
                    .Select(n => new Note(n.Date, n.Topic, n.Text, n.AuthorName)).ToListAsync(cancellationToken);

            var counted = DiaryHours.Counted(entries, e => e.Id, e => e.CorrectsEntryId, e => e.Status).ToHashSet();
            var weeks = new List<Week>();
            for (var w = DiaryRules.WeekStart(header.StartDate); w <= header.EndDate; w = w.AddDays(7))
            {
                var ofWeek = entries.Where(e => e.WeekStart == w).ToList();
                weeks.Add(new Week(w, ofWeek, DiaryHours.PlannedForWeek(planned, header.StartDate, header.EndDate, w),
                    ofWeek.Where(counted.Contains).Sum(e => e.Hours),
                    ofWeek.Where(e => e.Status == DiaryEntryStatus.Submitted).Sum(e => e.Hours)));
            }

            return new Model(header, induction, weeks, outcomes, notes, planned, weeks.Sum(w => w.Done), weeks.Sum(w => w.Pending), mode);
        }
    }

    public static string FullName(string last, string first, string? patronymic) =>
        string.IsNullOrWhiteSpace(patronymic) ? $"{last} {first}" : $"{last} {first} {patronymic}";
}
