using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Colleges;
using WblPortal.Domain.Employers;
using WblPortal.Domain.Learners;
using WblPortal.Domain.Mentors;
using WblPortal.Domain.Orders;
using WblPortal.Domain.Placements;

namespace WblPortal.IntegrationTests.Infrastructure;

/// <summary>Builders for the official documents' tests.</summary>
public sealed partial class TestData
{
    /// <summary>An order sending the learners (new ones when not given) of a production practice at the employer with a
    /// mentor; issued with the number when given, else a draft.</summary>
    public async Task<(Order Order, Placement Placement, IReadOnlyList<Learner> Learners)> SendingOrderAsync(College college, Employer employer,
        int? issueNumber = 7, IReadOnlyList<Learner>? learners = null, Mentor? mentor = null)
    {
        var group = await GroupAsync(college);
        learners ??= [await LearnerAsync(college, group), await LearnerAsync(college, group)];
        var placement = await PlacementAsync(college, employer, PlacementStatus.MentorAssigned, learners, mentor ?? await MentorAsync(employer, m => m.FullName = "Бөкөнбаев Ңурбек"));
        await using var db = factory.CreateDbContext();
        var groupNames = await db.StudyGroups.Where(g => learners.Select(l => l.GroupId).Contains(g.Id)).ToDictionaryAsync(g => g.Id, g => g.Name);
        var curator = await db.Curators.SingleAsync(c => c.Id == placement.CuratorId);
        var order = Order.ForSending(placement, learners, groupNames, employer.Name, "Өндүрүштүк практика", curator.FullName,
            "Өндүрүштүк практикага жөнөтүү жөнүндө", null);
        if (issueNumber is not null)
        {
            order.Issue(issueNumber.Value, new DateOnly(2026, 3, 30), OrderIssuer.Of(college), CollegeAdminUser);
        }

        db.Orders.Add(order);
        await db.SaveChangesAsync();
        return (order, placement, learners);
    }
}
