using WblPortal.Domain.Common;
using WblPortal.Domain.Placements;
using WblPortal.Domain.Workflows;

namespace WblPortal.Domain.Mentors;

/// <summary>
/// An order of the enterprise head (ишкананын жетекчисинин буйругу) appointing mentors to learners for the whole WBL
/// period. Numbered by the enterprise itself, unique per employer per calendar year. The lines keep the names as they
/// were on the day of the order; a change of mentor is a new order. The colleges whose placements are in the order
/// read it (and only their own lines).
/// </summary>
public class EnterpriseOrder : Entity, IEmployerOwned
{
    public Guid EmployerId { get; private set; }
    public string Number { get; private set; } = "";
    public int Year { get; private set; }
    public DateOnly OrderDate { get; private set; }
    public string HeadName { get; private set; } = "";
    public string HeadPosition { get; private set; } = "";
    public string? Basis { get; private set; }
    public string CreatedByUserId { get; private set; } = "";
    public string CreatedByName { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }

    public List<EnterpriseOrderLine> Lines { get; private set; } = [];

    /// <summary>An order appointing <paramref name="mentor"/> to the learners of <paramref name="placement"/>, once the
    /// placement has taken the mentor (<see cref="Placement.AssignMentor"/>).</summary>
    public static EnterpriseOrder Appointing(Placement placement, Mentor mentor, IEnumerable<EnterpriseOrderLearner> learners, string collegeName,
        string formName, string number, DateOnly date, string headName, string headPosition, string? basis, WorkflowUser by, DateTimeOffset at)
    {
        by.Require(by.IsEmployerAdmin, "Placement_EmployerOnly");
        Guard.That(placement.EmployerId == mentor.EmployerId && placement.MentorId == mentor.Id, "Placement_MentorOfOtherEmployer");
        var order = new EnterpriseOrder
        {
            EmployerId = mentor.EmployerId,
            CreatedByUserId = by.UserId,
            CreatedByName = by.Name,
            CreatedAt = at,
        };
        order.Edit(number, date, headName, headPosition, basis);
        foreach (var learner in learners)
        {
            Guard.That(placement.Learners.Any(l => l.LearnerId == learner.LearnerId), "Placement_LearnerNotInPlacement");
            order.Lines.Add(new EnterpriseOrderLine
            {
                OrderId = order.Id,
                EmployerId = order.EmployerId,
                CollegeId = placement.CollegeId,
                PlacementId = placement.Id,
                MentorId = mentor.Id,
                MentorName = mentor.FullName,
                MentorPosition = mentor.Position,
                MentorGaps = placement.MentorRequirementGaps,
                LineNo = order.Lines.Count + 1,
                LearnerId = learner.LearnerId,
                LearnerName = learner.Name,
                GroupName = learner.GroupName,
                CollegeName = collegeName,
                FormName = formName,
                StartDate = placement.StartDate,
                EndDate = placement.EndDate,
            });
        }

        Guard.That(order.Lines.Count > 0, "EnterpriseOrder_NoLearners");
        return order;
    }

    /// <summary>The order's particulars as the enterprise registered them (a typo in the number or the head's name is
    /// corrected here; another mentor is another order).</summary>
    public void Edit(string number, DateOnly date, string headName, string headPosition, string? basis)
    {
        Number = Guard.Text(number, "EnterpriseOrder_NumberRequired");
        Guard.That(Number.Length <= 30, "EnterpriseOrder_NumberTooLong");
        OrderDate = date;
        Year = date.Year;
        HeadName = Guard.Text(headName, "EnterpriseOrder_HeadNameRequired");
        HeadPosition = Guard.Text(headPosition, "EnterpriseOrder_HeadPositionRequired");
        Basis = string.IsNullOrWhiteSpace(basis) ? null : basis.Trim();
    }
}

/// <summary>A learner named in an appointment order, as the employer reads them.</summary>
public sealed record EnterpriseOrderLearner(Guid LearnerId, string Name, string GroupName);

/// <summary>One learner under one mentor in one placement, as on the order's date. Carries the college for the
/// college's read access.</summary>
public class EnterpriseOrderLine : Entity, IEmployerOwned
{
    public Guid OrderId { get; set; }
    public Guid EmployerId { get; set; }
    public Guid CollegeId { get; set; }
    public Guid PlacementId { get; set; }
    public Guid MentorId { get; set; }
    public required string MentorName { get; set; }
    public required string MentorPosition { get; set; }
    public MentorRequirementGaps MentorGaps { get; set; }
    public int LineNo { get; set; }
    public Guid LearnerId { get; set; }
    public required string LearnerName { get; set; }
    public required string GroupName { get; set; }
    public required string CollegeName { get; set; }
    public required string FormName { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly EndDate { get; set; }
}
