using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Access;
using WblPortal.Domain.AnnualReports;
using WblPortal.Domain.Colleges;
using WblPortal.Domain.Employers;
using WblPortal.Domain.Workflows;
using WblPortal.Infrastructure.Data.Configurations;

namespace WblPortal.IntegrationTests.Infrastructure;

/// <summary>Builders for annual reports and the roadmap.</summary>
public sealed partial class TestData
{
    /// <summary>The academic year the placement builders' dates (April 2026) fall in.</summary>
    public const int ReportYear = 2025;

    public static readonly WorkflowUser MinistryUser = new("test-ministry", "Сыдыкова Айгүл", Roles.MinistryAnalyst);

    /// <summary>A college with signed partnerships with the given number of employers, each with one placement in progress
    /// (of a 2025 programme: in WBL in <see cref="ReportYear"/>).</summary>
    public async Task<(College College, IReadOnlyList<Employer> Employers)> ReportWorldAsync(int employers = 3)
    {
        var college = await CollegeAsync();
        var list = new List<Employer>();
        for (var i = 0; i < employers; i++)
        {
            var employer = await EmployerAsync();
            await SignedPartnershipAsync(college, employer);
            await YearPlacementAsync(await ProgrammeAsync(college), [await LearnerAsync(college)], employer: employer);
            list.Add(employer);
        }

        return (college, list);
    }

    /// <summary>A report of the college driven to the status (sent to the employers given; agreed by all of them from
    /// Submitted on).</summary>
    /// <remarks>The employers' answer deadline is <paramref name="answerDeadline"/>, by default two weeks from the real
    /// today (the report is sent on <see cref="WorkflowAt"/>, but the pages judge the deadline by the portal's clock).</remarks>
    public async Task<AnnualReport> AnnualReportAsync(College college, IReadOnlyList<Employer> employers, AnnualReportStatus status = AnnualReportStatus.Draft,
        int year = ReportYear, DateOnly? answerDeadline = null)
    {
        var r = AnnualReport.Create(college.Id, year, CollegeAdminUser, WorkflowAt);
        r.EditNarrative("Жетишкендиктер: 12 окуучу ишке орношту.", "Көйгөйлөр: транспорт.", "ЖОО боюнча сунуштар.", "Программа боюнча сунуштар.",
            CollegeAdminUser, WorkflowAt);
        if (status != AnnualReportStatus.Draft)
        {
            r.SendToEmployers(employers.Select(e => new ReportPartner(e.Id, e.Name)).ToList(), "{\"academicYear\":" + year + ",\"learners\":7}",
                CollegeAdminUser, WorkflowAt);
            typeof(AnnualReport).GetProperty(nameof(AnnualReport.AnswerDeadline))!.SetValue(r,
                answerDeadline ?? DateOnly.FromDateTime(DateTime.UtcNow.AddHours(6)).AddDays(AnnualReport.DefaultAnswerDays));
        }

        if (status is AnnualReportStatus.Submitted or AnnualReportStatus.Accepted or AnnualReportStatus.Returned)
        {
            foreach (var e in employers)
            {
                r.Respond(e.Id, true, null, EmployerAdminUser, WorkflowAt);
            }

            r.Submit(CollegeAdminUser, WorkflowAt);
        }

        if (status == AnnualReportStatus.Accepted)
        {
            r.Accept(MinistryUser, WorkflowAt);
        }

        if (status == AnnualReportStatus.Returned)
        {
            r.Return("Толуктаңыз", MinistryUser, WorkflowAt);
        }

        r.ClearRaisedNotifications();
        return await SaveAsync(r);
    }

    /// <summary>The roadmap is written by the migration; the per-test reset empties it, so put it back.</summary>
    public async Task EnsureRoadmapAsync()
    {
        await using var db = factory.CreateDbContext();
        if (await db.RoadmapMeasures.AnyAsync())
        {
            return;
        }

        db.RoadmapMeasures.AddRange(RoadmapData.Measures.Select(m => new WblPortal.Domain.Roadmap.RoadmapMeasure
        {
            Id = m.Id, Number = m.Number, TextKy = m.TextKy, TextRu = m.TextRu, TextEn = m.TextEn, Executors = m.Executors, Deadline = m.Deadline,
            CompletionFormKy = m.CompletionFormKy, CompletionFormRu = m.CompletionFormRu, CompletionFormEn = m.CompletionFormEn,
        }));
        await db.SaveChangesAsync();
    }
}
