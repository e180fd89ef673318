using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.AnnualReports;
using WblPortal.Domain.Common;
using WblPortal.Domain.Events;
using WblPortal.Domain.Partnerships;
using WblPortal.Domain.Placements;
using WblPortal.Domain.Programmes;

namespace WblPortal.Infrastructure.Data.Reports;

/// <summary>
/// The figures of a college's annual WBL report, computed from its data for one academic year (1 September to 31
/// August). The one place that defines what the report counts:
/// <list type="bullet">
/// <item>placements: those of the college's programmes of the year that took place (in progress, completed, assessed:
/// <see cref="PlacementCounting.CountedStatuses"/>) — the ministry's definition of "in WBL", so that a college's
/// report and the national figures filtered to that college agree;</item>
/// <item>learners: distinct learners in those placements, by gender and with special needs; by form and by stage a
/// learner counts once per form (stage) they took part in;</item>
/// <item>programmes and hours: the approved programmes of the year, their WBL hours and share against the NQF
/// level's minimum;</item>
/// <item>partnerships: signed (in the portal or on paper) and valid at some day of the year, expired ones included;</item>
/// <item>events: information events of the year marked held, learners who attended, employers taking part.</item>
/// </list>
/// Rows are always filtered by the college explicitly, so the ministry (which reads every row) gets the same figures.
/// </summary>
public static class CollegeYearFiguresQuery
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static (DateOnly From, DateOnly To) Period(int academicYear) => (AcademicCalendar.StartOf(academicYear), AcademicCalendar.EndOf(academicYear));

    public static string Serialize(AnnualReportFigures figures) => JsonSerializer.Serialize(figures, Json);

    public static AnnualReportFigures? Deserialize(string? json) => json is null ? null : JsonSerializer.Deserialize<AnnualReportFigures>(json, Json);

    public static async Task<AnnualReportFigures> ComputeAsync(WblDbContext db, Guid collegeId, int academicYear, CancellationToken cancellationToken)
    {
        var (from, to) = Period(academicYear);
        var placements = db.Placements.AsNoTracking()
            .Where(p => p.CollegeId == collegeId && PlacementCounting.CountedStatuses.Contains(p.Status) && p.Programme!.AcademicYear == academicYear);

        var rows = await placements
            .OrderBy(p => p.StartDate).ThenBy(p => p.Employer!.Name).ThenBy(p => p.Id)
            .Select(p => new
            {
                p.Id,
                p.EmployerId,
                EmployerName = p.Employer != null ? p.Employer.Name : null,
                p.FormId,
                p.StartDate,
                p.EndDate,
                Learners = p.Learners.Count,
            })
            .ToListAsync(cancellationToken);

        var learnerRows = await db.PlacementLearners.AsNoTracking()
            .Where(l => placements.Any(p => p.Id == l.PlacementId))
            .Select(l => new { l.PlacementId, l.LearnerId, l.Placement!.FormId, l.Learner!.Gender, l.Learner.HasSpecialNeeds, l.Learner.LastName, l.Learner.FirstName })
            .ToListAsync(cancellationToken);

        var forms = await db.WblForms.AsNoTracking().ToDictionaryAsync(f => f.Id, cancellationToken);
        var learners = learnerRows.DistinctBy(l => l.LearnerId).ToList();
        var names = learnerRows.GroupBy(l => l.PlacementId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(l => $"{l.LastName} {l.FirstName}").Order(StringComparer.Ordinal).ToList());

        var byForm = rows.GroupBy(r => r.FormId)
            .Select(g => (Form: forms[g.Key], Placements: g.Count(), Learners: learnerRows.Where(l => l.FormId == g.Key).Select(l => l.LearnerId).Distinct().Count()))
            .OrderBy(f => f.Form.Stage).ThenBy(f => f.Form.SortOrder)
            .Select(f => new FormFigure(f.Form.Code, f.Form.Stage, f.Form.NameKy, f.Form.NameRu, f.Placements, f.Learners))
            .ToList();
        var byStage = rows.GroupBy(r => forms[r.FormId].Stage).OrderBy(g => g.Key)
            .Select(g => new StageFigure(g.Key, g.Count(),
                learnerRows.Where(l => forms[l.FormId].Stage == g.Key).Select(l => l.LearnerId).Distinct().Count()))
            .ToList();

        var programmes = await db.Programmes.AsNoTracking()
            .Where(p => p.CollegeId == collegeId && p.AcademicYear == academicYear && p.Status == ProgrammeStatus.Approved)
            .OrderBy(p => p.SpecialtyCode)
            .Select(p => new
            {
                p.SpecialtyCode,
                NameKy = p.Specialty!.NameKy,
                NameRu = p.Specialty.NameRu,
                Level = p.Specialty.NqfLevel!.Level,
                MinShare = p.Specialty.NqfLevel.MinWblSharePercent,
                Hours = p.Loads.Sum(l => l.Hours),
                p.TotalStudyHours,
            })
            .ToListAsync(cancellationToken);
        var programmeFigures = programmes.Select(p => new ProgrammeFigure(p.SpecialtyCode, p.NameKy, p.NameRu, p.Level, p.Hours, p.TotalStudyHours,
            p.TotalStudyHours <= 0 ? 0 : Math.Round(100m * p.Hours / p.TotalStudyHours, 1), p.MinShare)).ToList();

        var partnerships = await db.Partnerships.AsNoTracking()
            .Where(p => p.CollegeId == collegeId
                && (p.Status == PartnershipStatus.Signed || p.Status == PartnershipStatus.SignedOnPaper || p.Status == PartnershipStatus.Expired)
                && p.ValidFrom <= to && (p.ValidUntil == null || p.ValidUntil >= from))
            .GroupBy(p => p.Kind).Select(g => new { Kind = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);

        var fromAt = BishkekTime.StartOf(from);
        var toAt = BishkekTime.StartOf(to.AddDays(1));
        var events = db.InformationEvents.AsNoTracking()
            .Where(e => e.CollegeId == collegeId && e.Status == EventStatus.Held && e.StartsAt >= fromAt && e.StartsAt < toAt);
        var eventsHeld = await events.CountAsync(cancellationToken);
        var attended = await db.EventAttendance.AsNoTracking()
            .Where(a => a.Attended && events.Any(e => e.Id == a.EventId)).Select(a => a.LearnerId).Distinct().CountAsync(cancellationToken);
        var eventEmployers = await db.EventParticipants.AsNoTracking()
            .Where(p => events.Any(e => e.Id == p.EventId)).Select(p => p.EmployerId).Distinct().CountAsync(cancellationToken);

        int Kind(PartnershipKind kind) => partnerships.Where(p => p.Kind == kind).Sum(p => p.Count);
        return new AnnualReportFigures
        {
            AcademicYear = academicYear,
            From = from,
            To = to,
            Learners = learners.Count,
            LearnersFemale = learners.Count(l => l.Gender == Gender.Female),
            LearnersMale = learners.Count(l => l.Gender == Gender.Male),
            LearnersWithSpecialNeeds = learners.Count(l => l.HasSpecialNeeds),
            LearnersOfCollege = await db.Learners.AsNoTracking().CountAsync(l => l.CollegeId == collegeId, cancellationToken),
            Placements = rows.Count,
            Employers = rows.Where(r => r.EmployerId != null).Select(r => r.EmployerId).Distinct().Count(),
            ActivePartnerships = partnerships.Sum(p => p.Count),
            Memoranda = Kind(PartnershipKind.Memorandum),
            CooperationAgreements = Kind(PartnershipKind.CooperationAgreement),
            WblContracts = Kind(PartnershipKind.WblContract),
            EventsHeld = eventsHeld,
            EventLearnersAttended = attended,
            EventEmployers = eventEmployers,
            WblHours = programmeFigures.Sum(p => p.WblHours),
            ByForm = byForm,
            ByStage = byStage,
            Programmes = programmeFigures,
            PlacementRows = rows.Select(r => new PlacementFigure(r.EmployerName ?? "—", forms[r.FormId].NameKy, forms[r.FormId].NameRu,
                r.StartDate, r.EndDate, r.Learners) { EmployerId = r.EmployerId, LearnerNames = names.GetValueOrDefault(r.Id) ?? [] }).ToList(),
        };
    }
}
