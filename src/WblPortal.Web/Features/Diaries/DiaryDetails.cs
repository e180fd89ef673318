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

    /// <summary>A week of the placement in the week picker: what waits in it, without its entries.</summary>
    public sealed record WeekMark(DateOnly Start, int Submitted, int Returned);

    /// <summary>The window of weeks a diary page shows, the weeks before and after it, and every week for the picker.</summary>
    public sealed record WeekPage(DateOnly From, DateOnly To, DateOnly? Earlier, DateOnly? Later, IReadOnlyList<WeekMark> All);

    public sealed record Outcome(Guid Id, string Code, string Text);

    public sealed record Note(DateOnly Date, MentorNoteTopic Topic, string Text, string AuthorName);

    public sealed record Model(Header Header, Induction? SafetyInduction, IReadOnlyList<Week> Weeks, IReadOnlyList<Outcome> Outcomes,
        IReadOnlyList<Note> Notes, decimal Planned, decimal Done, decimal Pending, DiaryMode Mode)
    {
        /// <summary>Set when <see cref="Weeks"/> holds a window of the placement's weeks, not all of them.</summary>
        public WeekPage? Page { get; init; }

        /// <summary>A refused step's form as posted, shown again beside its reason.</summary>
        public DiaryStep.Command? PostedStep { get; init; }

        /// <summary>A refused note as posted.</summary>
        public WriteNote.Command? PostedNote { get; init; }

        public IEnumerable<Entry> Entries => Weeks.SelectMany(w => w.Entries);

        public Entry? CorrectionOf(Guid entryId) => Entries.FirstOrDefault(e => e.CorrectsEntryId == entryId);

        public string OutcomeCodes(Entry e) =>
            string.Join(", ", Outcomes.Where(o => e.OutcomeIds.Contains(o.Id)).Select(o => o.Code));
    }

    public sealed class Handler(WblDbContext db, TimeProvider clock)
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

        /// <summary>The whole diary, every week with its entries (the xlsx export, the entry form).</summary>
        public Task<Model?> LoadAsync(Guid placementLearnerId, DiaryMode mode, CancellationToken cancellationToken) =>
            LoadAsync(placementLearnerId, mode, window: null, cancellationToken);

        /// <summary>The diary page: the <see cref="PageWeeks"/> weeks holding <paramref name="week"/> (default: this week,
        /// within the placement) with their entries; hours and the week picker still count every week. A diary of a
        /// long placement (300+ entries) renders one window, not all of it.</summary>
        public async Task<Model?> LoadPageAsync(Guid placementLearnerId, DiaryMode mode, DateOnly? week, CancellationToken cancellationToken) =>
            await LoadAsync(placementLearnerId, mode, window: week ?? clock.BishkekToday(), cancellationToken);

        private async Task<Model?> LoadAsync(Guid placementLearnerId, DiaryMode mode, DateOnly? window, CancellationToken cancellationToken)
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

            // Every entry's hours and status (small rows) for the totals; the full entries only for the weeks shown.
            var marks = await db.DiaryEntries.AsNoTracking().Where(e => e.PlacementLearnerId == placementLearnerId)
                .Select(e => new Mark(e.Id, e.WeekStart, e.Hours, e.Status, e.CorrectsEntryId)).ToListAsync(cancellationToken);
            var first = DiaryRules.WeekStart(header.StartDate);
            var last = DiaryRules.WeekStart(header.EndDate);
            var (shownFrom, shownTo) = window is { } around ? Window(first, last, DiaryRules.WeekStart(around)) : (first, last);
            var entries = await (from e in db.DiaryEntries.AsNoTracking()
                                 where e.PlacementLearnerId == placementLearnerId && e.WeekStart >= shownFrom && e.WeekStart <= shownTo
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

            var counted = DiaryHours.Counted(marks, e => e.Id, e => e.CorrectsEntryId, e => e.Status).Select(e => e.Id).ToHashSet();
            decimal Done(IEnumerable<Mark> of) => of.Where(e => counted.Contains(e.Id)).Sum(e => e.Hours);
            decimal Pending(IEnumerable<Mark> of) => of.Where(e => e.Status == DiaryEntryStatus.Submitted).Sum(e => e.Hours);
            var byWeek = marks.ToLookup(e => e.WeekStart);
            var weeks = new List<Week>();
            for (var w = shownFrom; w <= shownTo; w = w.AddDays(7))
            {
                weeks.Add(new Week(w, entries.Where(e => e.WeekStart == w).ToList(),
                    DiaryHours.PlannedForWeek(planned, header.StartDate, header.EndDate, w), Done(byWeek[w]), Pending(byWeek[w])));
            }

            var model = new Model(header, induction, weeks, outcomes, notes, planned, Done(marks), Pending(marks), mode);
            if (window is null)
            {
                return model;
            }

            var all = new List<WeekMark>();
            for (var w = first; w <= last; w = w.AddDays(7))
            {
                all.Add(new WeekMark(w, byWeek[w].Count(e => e.Status == DiaryEntryStatus.Submitted), byWeek[w].Count(e => e.Status == DiaryEntryStatus.Returned)));
            }

            return model with
            {
                Page = new WeekPage(shownFrom, shownTo, shownFrom > first ? shownFrom.AddDays(-7) : null, shownTo < last ? shownTo.AddDays(7) : null, all),
            };
        }

        /// <summary>The page of <see cref="PageWeeks"/> weeks holding <paramref name="week"/> (moved inside the placement).
        /// Pages are counted back from the placement's last week, so every page but the first is full and the pages
        /// neither overlap nor leave a week out.</summary>
        internal static (DateOnly From, DateOnly To) Window(DateOnly first, DateOnly last, DateOnly week)
        {
            week = week < first ? first : week > last ? last : week;
            var pagesBack = (last.DayNumber - week.DayNumber) / 7 / PageWeeks;
            var to = last.AddDays(-7 * PageWeeks * pagesBack);
            var from = to.AddDays(-7 * (PageWeeks - 1));
            return (from < first ? first : from, to);
        }

        private sealed record Mark(Guid Id, DateOnly WeekStart, decimal Hours, DiaryEntryStatus Status, Guid? CorrectsEntryId);
    }

    /// <summary>How many weeks a diary page shows at once.</summary>
    public const int PageWeeks = 8;

    public static string FullName(string last, string first, string? patronymic) =>
        string.IsNullOrWhiteSpace(patronymic) ? $"{last} {first}" : $"{last} {first} {patronymic}";
}
