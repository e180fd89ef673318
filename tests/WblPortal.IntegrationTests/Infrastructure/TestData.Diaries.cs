using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Access;
using WblPortal.Domain.Colleges;
using WblPortal.Domain.Diaries;
using WblPortal.Domain.Employers;
using WblPortal.Domain.Learners;
using WblPortal.Domain.Mentors;
using WblPortal.Domain.Placements;
using WblPortal.Domain.Workflows;

namespace WblPortal.IntegrationTests.Infrastructure;

/// <summary>A learner's diary workspace: a production practice in progress (1–28 April 2026) at an employer with a
/// mentor, and the learner's placement row.</summary>
public sealed record DiarySetup(College College, Employer Employer, Mentor Mentor, Learner Learner, Placement Placement, PlacementLearner Row);

public sealed partial class TestData
{
    /// <summary>Thursday of the placement's first week; the induction is on Wednesday 1 April.</summary>
    public static readonly DateOnly DiaryDay = new(2026, 4, 2);

    /// <param name="start">the placement's first day (default 1 April 2026); the induction is recorded on it</param>
    /// <param name="dateOfBirth">the learner's (default 1 May 2007: an adult from May 2025)</param>
    public async Task<DiarySetup> DiarySetupAsync(College? college = null, Employer? employer = null, Mentor? mentor = null, bool induction = true,
        DateOnly? start = null, DateOnly? dateOfBirth = null)
    {
        college ??= await CollegeAsync();
        employer ??= await EmployerAsync();
        mentor ??= await MentorAsync(employer);
        var learner = await LearnerAsync(college, configure: l => l.DateOfBirth = dateOfBirth ?? l.DateOfBirth);
        var placement = await PlacementAsync(college, employer, PlacementStatus.InProgress, [learner], mentor, start);
        var row = placement.Learners.Single();
        if (induction)
        {
            await SaveAsync(SafetyInduction.Record(row, placement, InductionTopics.All, start ?? new DateOnly(2026, 4, 1), "Токтосунов Эрлан",
                "Эмгекти коргоо инженери", EmployerAdminUser, WorkflowAt));
        }

        return new DiarySetup(college, employer, mentor, learner, placement, row);
    }

    /// <summary>An entry of the learner driven to the status (written by the learner, approved by the mentor,
    /// countersigned by the college).</summary>
    public async Task<DiaryEntry> DiaryEntryAsync(DiarySetup s, DateOnly date, DiaryEntryStatus status = DiaryEntryStatus.Draft,
        string tasks = "Станокту тазалоо", decimal hours = 8)
    {
        await using var db = factory.CreateDbContext();
        var induction = await db.SafetyInductions.SingleAsync(i => i.PlacementLearnerId == s.Row.Id);
        var others = await db.DiaryEntries.Where(e => e.PlacementLearnerId == s.Row.Id).ToListAsync();
        var entry = DiaryEntry.Write(s.Row, s.Placement, induction, others, new DiaryEntryContent(date, hours, tasks, []), [], null, LearnerUser, WorkflowAt);
        if (status != DiaryEntryStatus.Draft)
        {
            entry.Submit(LearnerUser, WorkflowAt);
        }

        if (status == DiaryEntryStatus.Returned)
        {
            entry.Return("Тактаңыз", MentorUser, WorkflowAt);
        }

        if (status is DiaryEntryStatus.Approved or DiaryEntryStatus.Countersigned)
        {
            DiaryEntry.ApproveWeek([entry], MentorUser, WorkflowAt);
        }

        if (status == DiaryEntryStatus.Countersigned)
        {
            DiaryEntry.CountersignWeek([entry], CollegeAdminUser, WorkflowAt);
        }

        db.DiaryEntries.Add(entry);
        await db.SaveChangesAsync();
        return entry;
    }

    public async Task<DiaryEntry> ReloadEntryAsync(Guid id)
    {
        await using var db = factory.CreateDbContext();
        return await db.DiaryEntries.AsNoTracking().SingleAsync(e => e.Id == id);
    }
}
