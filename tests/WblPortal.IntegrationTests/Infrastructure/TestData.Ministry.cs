using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Colleges;
using WblPortal.Domain.Employers;
using WblPortal.Domain.Learners;
using WblPortal.Domain.Mentors;
using WblPortal.Domain.Placements;
using WblPortal.Domain.Programmes;

namespace WblPortal.IntegrationTests.Infrastructure;

/// <summary>Builders for the ministry's national figures: placements of a programme's academic year driven to a
/// status through the domain's transitions, with or without an employer.</summary>
public sealed partial class TestData
{
    /// <summary>A placement of the form for the learners in the programme's academic year (October), driven to the
    /// status (InProgress, Completed, Assessed — or an earlier one, which the national figures do not count).</summary>
    public async Task<Placement> YearPlacementAsync(WblProgramme programme, IReadOnlyList<Learner> learners, int formId = ProductionPracticeFormId,
        Employer? employer = null, Mentor? mentor = null, PlacementStatus status = PlacementStatus.InProgress)
    {
        await using var db = factory.CreateDbContext();
        var form = await db.WblForms.SingleAsync(f => f.Id == formId);
        var start = new DateOnly(programme.AcademicYear, 10, 1).AddDays(Next() % 20);
        var curator = await SaveAsync(new Curator { CollegeId = programme.CollegeId, FullName = $"Куратор {Next()}", Position = "Окутуучу" });
        var p = Placement.Create(programme, form, employer?.Id, start, start.AddDays(20), learners.Count, curator.Id, CollegeAdminUser, WorkflowAt);
        foreach (var learner in learners)
        {
            p.AddLearner(learner, [], CollegeAdminUser, WorkflowAt);
        }

        if (p.RequiresEmployer && status != PlacementStatus.Draft)
        {
            p.Propose(CollegeAdminUser, WorkflowAt);
            if (status >= PlacementStatus.Confirmed && status != PlacementStatus.Cancelled)
            {
                p.Confirm(learners.Count, EmployerAdminUser, WorkflowAt);
                if (p.RequiresMentor)
                {
                    p.AssignMentor(mentor ?? await MentorAsync(employer!), null, EmployerAdminUser, WorkflowAt);
                }
            }
        }

        if (status is PlacementStatus.InProgress or PlacementStatus.Completed or PlacementStatus.Assessed)
        {
            p.Start(CollegeAdminUser, WorkflowAt);
        }

        if (status is PlacementStatus.Completed or PlacementStatus.Assessed)
        {
            p.Complete(CollegeAdminUser, WorkflowAt);
        }

        if (status == PlacementStatus.Assessed)
        {
            // The ministry's figures count placements by status; the joint assessments behind them are not read here.
            p.MarkAssessed(p.Learners.Select(l => l.LearnerId).ToHashSet(), CollegeAdminUser, WorkflowAt);
        }

        if (status == PlacementStatus.Cancelled)
        {
            p.Cancel("Себеп", CollegeAdminUser, WorkflowAt);
        }

        p.ClearRaisedNotifications();
        db.Placements.Add(p);
        await db.SaveChangesAsync();
        return p;
    }

    /// <summary>An approved programme of the specialty for the year whose WBL share is <paramref name="wblHours"/> of 1000 hours.</summary>
    public async Task<WblProgramme> YearProgrammeAsync(College college, Specialty specialty, int academicYear, int wblHours = 500)
    {
        var p = await ProgrammeAsync(college, specialty: specialty, academicYear: academicYear);
        if (wblHours != 500)
        {
            await using var db = factory.CreateDbContext();
            await db.ProgrammeLoads.Where(l => l.ProgrammeId == p.Id).ExecuteUpdateAsync(s => s.SetProperty(l => l.Hours, wblHours));
        }

        return p;
    }
}
