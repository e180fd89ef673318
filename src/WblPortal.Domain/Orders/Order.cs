using WblPortal.Domain.Colleges;
using WblPortal.Domain.Common;
using WblPortal.Domain.Learners;
using WblPortal.Domain.Placements;
using WblPortal.Domain.Workflows;

namespace WblPortal.Domain.Orders;

public enum OrderKind
{
    /// <summary>"On sending learners to &lt;employer&gt; for &lt;form&gt;".</summary>
    SendingLearners = 1,

    /// <summary>On assigning curators to groups.</summary>
    AssigningCurators = 2,
}

public enum OrderStatus
{
    Draft = 1,
    Issued = 2,
}

/// <summary>The college as an issued order prints it: its name, place and director on the day of issue.</summary>
public sealed record OrderIssuer(string CollegeNameKy, string CollegeNameRu, string City, string Address, string DirectorName)
{
    public static OrderIssuer Of(College college) => new(college.NameKy, college.NameRu, college.City, college.Address, college.DirectorName);
}

/// <summary>
/// A college's order (буйрук). Numbered per college per calendar year when issued; an issued order never changes —
/// a correction is a new order citing the old one. The lines keep the names as they were on the day of issue.
/// </summary>
public class Order : Entity, ICollegeOwned
{
    public Guid CollegeId { get; private set; }
    public OrderKind Kind { get; private set; }
    public OrderStatus Status { get; private set; } = OrderStatus.Draft;
    public int? Year { get; private set; }
    public int? Number { get; private set; }
    public DateOnly? IssuedOn { get; private set; }
    public string? IssuedByUserId { get; private set; }
    public string? IssuedByName { get; private set; }

    /// <summary>The college's names, city, address and director frozen at issue (null while a draft): a later change of
    /// the college does not alter an issued order.</summary>
    public string? IssuerNameKy { get; private set; }
    public string? IssuerNameRu { get; private set; }
    public string? IssuerCity { get; private set; }
    public string? IssuerAddress { get; private set; }
    public string? IssuerDirectorName { get; private set; }
    public string Title { get; private set; } = "";
    public string? Basis { get; private set; }

    // A sending order's placement and its particulars, as issued.
    public Guid? PlacementId { get; private set; }
    public Guid? EmployerId { get; private set; }
    public string? EmployerName { get; private set; }
    public int? FormId { get; private set; }
    public string? FormName { get; private set; }
    public DateOnly? StartDate { get; private set; }
    public DateOnly? EndDate { get; private set; }
    public Guid? CuratorId { get; private set; }
    public string? CuratorName { get; private set; }

    /// <summary>The issued order this one corrects.</summary>
    public Guid? CorrectsOrderId { get; private set; }

    public List<OrderLine> Lines { get; private set; } = [];

    public string? DisplayNumber => Number is null ? null : $"{Number}/{Year}";

    /// <summary>A draft order sending the placement's learners (with their groups) to its employer.</summary>
    public static Order ForSending(Placement placement, IEnumerable<Learner> learners, IReadOnlyDictionary<Guid, string> groupNames,
        string? employerName, string formName, string curatorName, string title, string? basis)
    {
        Guard.That(placement.Status is PlacementStatus.Confirmed or PlacementStatus.MentorAssigned or PlacementStatus.InProgress
            || (!placement.RequiresEmployer && placement.Status == PlacementStatus.Draft), "Order_PlacementNotConfirmed");
        var order = new Order
        {
            CollegeId = placement.CollegeId,
            Kind = OrderKind.SendingLearners,
            Title = Guard.Text(title, "Order_TitleRequired"),
            Basis = basis,
            PlacementId = placement.Id,
            EmployerId = placement.EmployerId,
            EmployerName = employerName,
            FormId = placement.FormId,
            FormName = formName,
            StartDate = placement.StartDate,
            EndDate = placement.EndDate,
            CuratorId = placement.CuratorId,
            CuratorName = curatorName,
        };
        foreach (var learner in learners)
        {
            Guard.That(placement.Learners.Any(l => l.LearnerId == learner.Id), "Placement_LearnerNotInPlacement");
            order.AddLine(learner.Id, learner.FullName, learner.GroupId, groupNames.GetValueOrDefault(learner.GroupId, ""), null, null);
        }

        return order;
    }

    /// <summary>A draft order assigning a curator to each listed group.</summary>
    public static Order ForCuratorAssignment(Guid collegeId, IEnumerable<(StudyGroup Group, Curator Curator)> assignments, string title, string? basis)
    {
        var order = new Order { CollegeId = collegeId, Kind = OrderKind.AssigningCurators, Title = Guard.Text(title, "Order_TitleRequired"), Basis = basis };
        foreach (var (group, curator) in assignments)
        {
            Guard.That(group.CollegeId == collegeId && curator.CollegeId == collegeId, "Order_OtherCollege");
            order.AddLine(null, null, group.Id, group.Name, curator.Id, curator.FullName);
        }

        return order;
    }

    public void Edit(string title, string? basis)
    {
        EnsureDraft();
        Title = Guard.Text(title, "Order_TitleRequired");
        Basis = basis;
    }

    public void RemoveLine(Guid lineId)
    {
        EnsureDraft();
        Lines.RemoveAll(l => l.Id == lineId);
    }

    /// <summary>Draft → issued with the next number of the year (see <see cref="OrderNumbering"/>) by college staff; the
    /// college's details as the order prints them are frozen.</summary>
    public void Issue(int number, DateOnly issuedOn, OrderIssuer issuer, WorkflowUser by)
    {
        by.Require(by.IsCollegeAdmin, "Order_CollegeAdminOnly");
        EnsureDraft();
        Guard.That(number > 0, "Order_InvalidNumber");
        Guard.That(Lines.Count > 0, "Order_NoLines");
        Status = OrderStatus.Issued;
        Year = issuedOn.Year;
        Number = number;
        IssuedOn = issuedOn;
        IssuedByUserId = by.UserId;
        IssuedByName = by.Name;
        (IssuerNameKy, IssuerNameRu, IssuerCity, IssuerAddress, IssuerDirectorName) =
            (issuer.CollegeNameKy, issuer.CollegeNameRu, issuer.City, issuer.Address, issuer.DirectorName);
    }

    /// <summary>A new draft citing this issued order, with its content copied for correction. A sending order's
    /// correction takes the placement's particulars as they are now (<paramref name="now"/>: dates moved, another
    /// curator, a misspelt name fixed), so that the correction states what changed.</summary>
    public Order CreateCorrection(string title, OrderParticulars? now = null)
    {
        Guard.That(Status == OrderStatus.Issued, "Order_CorrectOnlyIssued");
        Guard.That(now is null || Kind == OrderKind.SendingLearners, "Order_CorrectOnlyIssued");
        var correction = new Order
        {
            CollegeId = CollegeId,
            Kind = Kind,
            Title = Guard.Text(title, "Order_TitleRequired"),
            Basis = Basis,
            PlacementId = PlacementId,
            EmployerId = EmployerId,
            EmployerName = EmployerName,
            FormId = FormId,
            FormName = FormName,
            StartDate = StartDate,
            EndDate = EndDate,
            CuratorId = CuratorId,
            CuratorName = CuratorName,
            CorrectsOrderId = Id,
        };
        if (now is not null)
        {
            (correction.StartDate, correction.EndDate, correction.CuratorId, correction.CuratorName) = (now.StartDate, now.EndDate, now.CuratorId, now.CuratorName);
        }

        foreach (var l in Lines.OrderBy(l => l.LineNo))
        {
            correction.AddLine(l.LearnerId, l.LearnerName, l.GroupId, l.GroupName, l.CuratorId, l.CuratorName);
        }

        return correction;
    }

    private void AddLine(Guid? learnerId, string? learnerName, Guid groupId, string groupName, Guid? curatorId, string? curatorName)
    {
        EnsureDraft();
        Lines.Add(new OrderLine
        {
            OrderId = Id,
            CollegeId = CollegeId,
            LineNo = Lines.Count + 1,
            LearnerId = learnerId,
            LearnerName = learnerName,
            GroupId = groupId,
            GroupName = groupName,
            CuratorId = curatorId,
            CuratorName = curatorName,
        });
    }

    private void EnsureDraft() => Guard.That(Status == OrderStatus.Draft, "Order_IssuedCannotChange");
}

/// <summary>A sending order's particulars as its placement has them now: what a correction may restate.</summary>
public sealed record OrderParticulars(DateOnly StartDate, DateOnly EndDate, Guid? CuratorId, string CuratorName);

/// <summary>A line of an order: a learner and their group (sending), or a group and its curator (assignment).</summary>
public class OrderLine : Entity, ICollegeOwned
{
    public Guid OrderId { get; set; }
    public Guid CollegeId { get; set; }
    public int LineNo { get; set; }
    public Guid? LearnerId { get; set; }
    public string? LearnerName { get; set; }
    public Guid GroupId { get; set; }
    public required string GroupName { get; set; }
    public Guid? CuratorId { get; set; }
    public string? CuratorName { get; set; }
}

/// <summary>Order numbers run from 1 in each calendar year of a college; the unique index (college, year, number)
/// catches two issuers racing for the same number.</summary>
public static class OrderNumbering
{
    public static int Next(IEnumerable<int> numbersIssuedThisYear) => numbersIssuedThisYear.DefaultIfEmpty(0).Max() + 1;
}
