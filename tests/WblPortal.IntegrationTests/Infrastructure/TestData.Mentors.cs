using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Colleges;
using WblPortal.Domain.Employers;
using WblPortal.Domain.Learners;
using WblPortal.Domain.Mentors;
using WblPortal.Domain.Placements;
using WblPortal.Domain.Programmes;

namespace WblPortal.IntegrationTests.Infrastructure;

/// <summary>Builders for the mentor registry (trainings) and the enterprise orders appointing mentors.</summary>
public sealed partial class TestData
{
    /// <summary>Sets the requirements on mentors of the placement's programme (as the college would have written them).</summary>
    public async Task RequireOfMentorsAsync(Placement placement, MentorRequirements requirements)
    {
        await using var db = factory.CreateDbContext();
        var programme = await db.Programmes.SingleAsync(p => p.Id == placement.ProgrammeId);
        programme.MentorRequirements = requirements;
        await db.SaveChangesAsync();
    }

    public async Task<MentorTraining> MentorTrainingAsync(Mentor mentor, MentorTrainingKind kind = MentorTrainingKind.Pedagogy, DateOnly? date = null, int hours = 72)
    {
        await using var db = factory.CreateDbContext();
        var tracked = await db.Mentors.SingleAsync(m => m.Id == mentor.Id);
        var training = MentorTraining.For(tracked, kind, date ?? new DateOnly(2025, 3, 14), hours, "Кесиптик билим берүү институту", $"С-{Next()}");
        db.MentorTrainings.Add(training);
        var all = await db.MentorTrainings.Where(t => t.MentorId == mentor.Id).ToListAsync();
        tracked.ApplyTrainings([.. all, training]);
        await db.SaveChangesAsync();
        return training;
    }

    /// <summary>A confirmed placement of the college at the employer, with the mentor appointed by an enterprise order
    /// (gaps acknowledged when the programme has requirements the mentor does not meet).</summary>
    public async Task<(EnterpriseOrder Order, Placement Placement, Mentor Mentor, IReadOnlyList<Learner> Learners)> EnterpriseOrderAsync(
        College college, Employer employer, string number = "12-к", DateOnly? date = null, Mentor? mentor = null, MentorRequirements? requirements = null,
        IReadOnlyList<Learner>? learners = null)
    {
        mentor ??= await MentorAsync(employer, m => m.FullName = "Бөкөнбаев Ңурбек Өмүрович");
        var group = await GroupAsync(college, configure: g => g.Name = $"ПКС-{Next()}-25");
        learners ??= [await LearnerAsync(college, group, l => l.LastName = "Үсөнова"), await LearnerAsync(college, group, l => l.LastName = "Төлөгөнов")];
        var placement = await PlacementAsync(college, employer, PlacementStatus.Confirmed, learners);
        if (requirements is not null)
        {
            await RequireOfMentorsAsync(placement, requirements);
        }

        await using var db = factory.CreateDbContext();
        var p = await db.Placements.Include(x => x.Learners).SingleAsync(x => x.Id == placement.Id);
        var m = await db.Mentors.SingleAsync(x => x.Id == mentor.Id);
        p.AssignMentor(m, requirements, EmployerAdminUser, WorkflowAt, gapsAcknowledged: true);
        var names = learners.ToDictionary(l => l.Id, l => l.FullName);
        var order = EnterpriseOrder.Appointing(p, m,
            p.Learners.Select(l => new EnterpriseOrderLearner(l.LearnerId, names[l.LearnerId], group.Name)), college.NameKy, "Өндүрүштүк практика",
            number, date ?? new DateOnly(2026, 3, 30), "Жээнбеков Бакыт", "Башкы директор", null, EmployerAdminUser, WorkflowAt);
        db.EnterpriseOrders.Add(order);
        await db.SaveChangesAsync();
        return (order, p, m, learners);
    }
}
