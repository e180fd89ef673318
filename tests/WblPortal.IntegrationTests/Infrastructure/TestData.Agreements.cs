using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Colleges;
using WblPortal.Domain.Employers;
using WblPortal.Domain.Learners;
using WblPortal.Domain.Orders;
using WblPortal.Domain.Placements;

namespace WblPortal.IntegrationTests.Infrastructure;

/// <summary>Builders for the agreement and order pages: confirmed placements of any form, and sending orders.</summary>
public sealed partial class TestData
{
    public const int IntroductoryPracticeFormId = 7;

    /// <summary>A placement of the form at the employer, proposed and confirmed by the employer, with the learners.</summary>
    public async Task<Placement> ConfirmedPlacementAsync(College college, Employer employer, IReadOnlyList<Learner> learners,
        int formId = ProductionPracticeFormId, Curator? curator = null)
    {
        var programme = await ProgrammeAsync(college);
        curator ??= await CuratorAsync(college);
        await using var db = factory.CreateDbContext();
        var form = await db.WblForms.SingleAsync(f => f.Id == formId);
        var p = Placement.Create(programme, form, employer.Id, new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 28),
            Math.Max(3, learners.Count), curator.Id, CollegeAdminUser, WorkflowAt);
        foreach (var learner in learners)
        {
            p.AddLearner(learner, [], CollegeAdminUser, WorkflowAt);
        }

        p.Propose(CollegeAdminUser, WorkflowAt);
        p.Confirm(p.RequestedCount, EmployerAdminUser, WorkflowAt);
        db.Placements.Add(p);
        await db.SaveChangesAsync();
        return p;
    }

    /// <summary>A sending order of the placement, as a draft or issued with the number.</summary>
    public async Task<Order> SendingOrderAsync(Placement placement, IReadOnlyList<Learner> learners, int? issueNumber = null, DateOnly? issuedOn = null)
    {
        var groups = new Dictionary<Guid, string>();
        await using (var db = factory.CreateDbContext())
        {
            var ids = learners.Select(l => l.GroupId).ToList();
            foreach (var g in await db.StudyGroups.Where(g => ids.Contains(g.Id)).ToListAsync())
            {
                groups[g.Id] = g.Name;
            }
        }

        var order = Order.ForSending(placement, learners, groups, "Ишкана", "Өндүрүштүк практика", "Куратор", "Окуучуларды жөнөтүү жөнүндө", "Негиз");
        if (issueNumber is not null)
        {
            order.Issue(issueNumber.Value, issuedOn ?? new DateOnly(2026, 3, 20), await IssuerAsync(placement.CollegeId), CollegeAdminUser);
        }

        return await SaveAsync(order);
    }
}
