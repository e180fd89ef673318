using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Assessments;
using WblPortal.Domain.Common;
using WblPortal.Domain.Placements;
using WblPortal.Domain.Reference;
using WblPortal.Infrastructure.Data;
using WblPortal.Infrastructure.Data.Access;
using WblPortal.Web.Features.Assessments;
using WblPortal.Web.Features.Diaries;

namespace WblPortal.Web.Features.Records;

/// <summary>
/// "My WBL record": one learner's work-based learning across academic years (September to August, by the placement's
/// start). Per placement (not drafts): form and stage, employer, dates, status, hours planned and done as the diary
/// counts them (<see cref="DiaryHours"/>), and the learning outcomes of the final joint assessment with its 2–5 grade
/// (<see cref="AssessmentResults"/>). The learner sees their own, the college any of its learners; another learner or
/// another college's learner is not found (the tenant filter hides the learner row).
/// </summary>
public static class LearnerRecord
{
    public sealed record Outcome(string Code, string Text, OutcomeLevel Level);

    public sealed record Placement(Guid PlacementId, Guid PlacementLearnerId, int AcademicYear, string FormKy, string FormRu, string FormEn,
        WblStage Stage, string? Employer, string? Site, DateOnly StartDate, DateOnly EndDate, PlacementStatus Status, decimal PlannedHours,
        decimal DoneHours, bool Assessed, int? Grade, IReadOnlyList<Outcome> Outcomes)
    {
        public string Form => LocalizedName.Pick(FormKy, FormRu, FormEn, CultureInfo.CurrentUICulture.Name);

        public string Year => AcademicCalendar.Label(AcademicYear);
    }

    /// <summary>Hours of one academic year, WBL form and stage together.</summary>
    public sealed record Summary(int AcademicYear, string FormKy, string FormRu, string FormEn, WblStage Stage, int Placements, decimal PlannedHours, decimal DoneHours)
    {
        public string Form => LocalizedName.Pick(FormKy, FormRu, FormEn, CultureInfo.CurrentUICulture.Name);

        public string Year => AcademicCalendar.Label(AcademicYear);
    }

    public sealed record Model(Guid LearnerId, Guid CollegeId, string LearnerName, string Group, string SpecialtyCode, string SpecialtyKy,
        string SpecialtyRu, string CollegeKy, string CollegeRu, string? CollegeEn, string CollegeAddress, string CollegeCity, string DirectorName,
        IReadOnlyList<Placement> Placements)
    {
        public string Specialty => SpecialtyCode + " " + LocalizedName.Pick(SpecialtyKy, SpecialtyRu, null, CultureInfo.CurrentUICulture.Name);

        public IReadOnlyList<Summary> Summaries => Placements
            .GroupBy(p => (p.AcademicYear, p.Stage, p.FormKy, p.FormRu, p.FormEn))
            .OrderBy(g => g.Key.AcademicYear).ThenBy(g => g.Key.Stage).ThenBy(g => g.Key.FormKy, StringComparer.Ordinal)
            .Select(g => new Summary(g.Key.AcademicYear, g.Key.FormKy, g.Key.FormRu, g.Key.FormEn, g.Key.Stage, g.Count(),
                g.Sum(p => p.PlannedHours), g.Sum(p => p.DoneHours)))
            .ToList();

        public decimal PlannedHours => Placements.Sum(p => p.PlannedHours);

        public decimal DoneHours => Placements.Sum(p => p.DoneHours);

        /// <summary>Every outcome reached (achieved or partly) in a final assessment, in the order of the placements.</summary>
        public IEnumerable<(Placement Placement, Outcome Outcome)> Achieved =>
            Placements.SelectMany(p => p.Outcomes.Where(o => o.Level != OutcomeLevel.NotAchieved).Select(o => (p, o)));
    }


    public sealed class Handler(WblDbContext db, AssessmentResults.Handler results)
    {
        /// <summary>The signed-in learner's own record (null for anyone else).</summary>
        public Task<Model?> LoadMineAsync(CancellationToken cancellationToken) =>
            db.Actor.LearnerId is { } id ? LoadAsync(id, cancellationToken) : Task.FromResult<Model?>(null);

        public async Task<Model?> LoadAsync(Guid learnerId, CancellationToken cancellationToken)
        {
            // Who may read the record is decided here, by the actor's filter on the learner.
            var learner = await db.Learners.AsNoTracking().Where(l => l.Id == learnerId)
                .Select(l => new { l.Id, l.CollegeId, l.GroupId, l.LastName, l.FirstName, l.Patronymic })
                .SingleOrDefaultAsync(cancellationToken);
            if (learner is null)
            {
                return null;
            }

            // The group, specialty and college are the learner's own particulars, which a learner's filter partly
            // hides; having read the learner, the reader reads them by the learner's ids only.
            var group = await db.StudyGroups.ReadThroughCollege(learner.CollegeId)
                .Where(g => g.Id == learner.GroupId)
                .Select(g => new { g.Name, g.Specialty!.Code, g.Specialty.NameKy, g.Specialty.NameRu })
                .SingleAsync(cancellationToken);
            var college = await db.Colleges.ReadThroughCollege(learner.CollegeId)
                .Select(c => new { c.NameKy, c.NameRu, c.NameEn, c.Address, c.City, c.DirectorName })
                .SingleAsync(cancellationToken);

            var rows = await db.PlacementLearners.AsNoTracking()
                .Where(pl => pl.LearnerId == learnerId && pl.Placement!.Status != PlacementStatus.Draft)
                .OrderBy(pl => pl.Placement!.StartDate).ThenBy(pl => pl.PlacementId)
                .Select(pl => new
                {
                    pl.Id, pl.PlacementId, pl.Placement!.ProgrammeId, pl.Placement.FormId, pl.Placement.Form!.NameKy, pl.Placement.Form.NameRu,
                    pl.Placement.Form.NameEn, pl.Placement.Form.Stage, Employer = pl.Placement.Employer != null ? pl.Placement.Employer.Name : null,
                    pl.Placement.Site, pl.Placement.StartDate, pl.Placement.EndDate, pl.Placement.Status,
                })
                .ToListAsync(cancellationToken);

            // Planned as the diary plans it: the programme's load of the placement's form (all semesters).
            var programmeIds = rows.Select(r => r.ProgrammeId).Distinct().ToList();
            var loads = await db.ProgrammeLoads.AsNoTracking().Where(l => programmeIds.Contains(l.ProgrammeId))
                .GroupBy(l => new { l.ProgrammeId, l.FormId }).Select(g => new { g.Key.ProgrammeId, g.Key.FormId, Hours = g.Sum(l => l.Hours) })
                .ToListAsync(cancellationToken);

            // Done as the diary counts it: approved or countersigned entries, an approved correction replacing its entry.
            var rowIds = rows.Select(r => r.Id).ToList();
            var entries = await db.DiaryEntries.AsNoTracking().Where(e => rowIds.Contains(e.PlacementLearnerId))
                .Select(e => new { e.Id, e.PlacementLearnerId, e.CorrectsEntryId, e.Status, e.Hours })
                .ToListAsync(cancellationToken);
            var done = rowIds.ToDictionary(id => id, id =>
                DiaryHours.Counted(entries.Where(e => e.PlacementLearnerId == id).ToList(), e => e.Id, e => e.CorrectsEntryId, e => e.Status).Sum(e => e.Hours));

            var finals = (await results.LoadAsync(rows.Select(r => r.PlacementId).Distinct().ToList(), cancellationToken))
                .Where(r => r.LearnerId == learnerId).ToDictionary(r => r.PlacementLearnerId);

            var placements = rows.Select(r =>
            {
                finals.TryGetValue(r.Id, out var final);
                return new Placement(r.PlacementId, r.Id, AcademicCalendar.YearOf(r.StartDate), r.NameKy, r.NameRu, r.NameEn, r.Stage, r.Employer, r.Site,
                    r.StartDate, r.EndDate, r.Status, loads.Where(l => l.ProgrammeId == r.ProgrammeId && l.FormId == r.FormId).Sum(l => (decimal)l.Hours),
                    done[r.Id], final is not null, final?.Grade,
                    final?.Outcomes.Select(o => new Outcome(o.Code, o.Text, o.Level)).ToList() ?? []);
            }).ToList();

            return new Model(learner.Id, learner.CollegeId, DiaryDetails.FullName(learner.LastName, learner.FirstName, learner.Patronymic),
                group.Name, group.Code, group.NameKy, group.NameRu, college.NameKy, college.NameRu, college.NameEn, college.Address, college.City,
                college.DirectorName, placements);
        }
    }
}

/// <summary>The record page, shared by the learner's own and the college's view (which links back to the learner).</summary>
public sealed record RecordPage(LearnerRecord.Model Record, bool College);
