using WblPortal.Domain.Colleges;
using WblPortal.Domain.Orders;
using WblPortal.Domain.Placements;
using static WblPortal.UnitTests.Workflows.Wf;

namespace WblPortal.UnitTests.Workflows;

public class OrderTests
{
    private static readonly OrderIssuer Issuer = new("Бишкек курулуш колледжи", "Бишкекский строительный колледж", "Бишкек", "Чүй пр., 1", "Асанов Мирлан");

    private static Order SendingDraft(out Placement placement)
    {
        placement = Draft(learners: 0);
        var learner = Learner();
        placement.AddLearner(learner, [], CollegeStaff, At);
        placement.Propose(CollegeStaff, At);
        placement.Confirm(3, EmployerAdmin, At);
        return Order.ForSending(placement, [learner], new Dictionary<Guid, string> { [learner.GroupId] = "ПО-23" },
            "\"Ала-Тоо\" ЖЧК", "Өндүрүштүк практика", "Сыдыкова Н.", "Өндүрүштүк практикага жөнөтүү жөнүндө", null);
    }

    [Theory]
    [InlineData(new int[0], 1)]
    [InlineData(new[] { 1, 2, 3 }, 4)]
    [InlineData(new[] { 7, 2 }, 8)]
    public void Numbering_IsTheNextInTheYear(int[] issued, int next) => Assert.Equal(next, OrderNumbering.Next(issued));

    [Fact]
    public void ForSending_ListsLearnersWithGroupEmployerDatesAndCurator()
    {
        var order = SendingDraft(out var placement);
        var line = Assert.Single(order.Lines);
        Assert.Equal(OrderKind.SendingLearners, order.Kind);
        Assert.Equal(OrderStatus.Draft, order.Status);
        Assert.Equal(("ПО-23", 1), (line.GroupName, line.LineNo));
        Assert.Equal((placement.StartDate, placement.EndDate, placement.CuratorId), (order.StartDate!.Value, order.EndDate!.Value, order.CuratorId!.Value));
        Assert.Equal("\"Ала-Тоо\" ЖЧК", order.EmployerName);
        Assert.Null(order.Number);
    }

    [Fact]
    public void ForSending_UnconfirmedPlacement_Throws()
    {
        var placement = In(PlacementStatus.Proposed);
        Throws("Order_PlacementNotConfirmed", () => Order.ForSending(placement, [], new Dictionary<Guid, string>(), "x", "y", "z", "t", null));
    }

    [Fact]
    public void Issue_NumbersItForTheYear_AndFreezesIt()
    {
        var order = SendingDraft(out _);
        order.Issue(OrderNumbering.Next([1, 2]), new DateOnly(2026, 3, 30), Issuer, CollegeAdmin);

        Assert.Equal(OrderStatus.Issued, order.Status);
        Assert.Equal((3, 2026), (order.Number!.Value, order.Year!.Value));
        Assert.Equal("3/2026", order.DisplayNumber);
        Assert.Equal(CollegeAdmin.Name, order.IssuedByName);
        Throws("Order_IssuedCannotChange", () => order.Edit("Жаңы аталыш", null));
        Throws("Order_IssuedCannotChange", () => order.RemoveLine(order.Lines[0].Id));
        Throws("Order_IssuedCannotChange", () => order.Issue(4, new DateOnly(2026, 3, 31), Issuer, CollegeAdmin));
    }

    [Fact]
    public void Issue_ByStaffNotAdmin_OrWithoutLines_OrNumberZero_Throws()
    {
        var order = SendingDraft(out _);
        Throws("Order_CollegeAdminOnly", () => order.Issue(1, new DateOnly(2026, 3, 30), Issuer, CollegeStaff));
        Throws("Order_InvalidNumber", () => order.Issue(0, new DateOnly(2026, 3, 30), Issuer, CollegeAdmin));
        order.RemoveLine(order.Lines[0].Id);
        Throws("Order_NoLines", () => order.Issue(1, new DateOnly(2026, 3, 30), Issuer, CollegeAdmin));
    }

    [Fact]
    public void Correction_IsANewDraftCitingTheIssuedOrder()
    {
        var order = SendingDraft(out _);
        Throws("Order_CorrectOnlyIssued", () => order.CreateCorrection("Оңдоо"));
        order.Issue(5, new DateOnly(2026, 3, 30), Issuer, CollegeAdmin);

        var correction = order.CreateCorrection("2026-жылдын 30-мартындагы №5 буйругуна өзгөртүү киргизүү жөнүндө");

        Assert.NotEqual(order.Id, correction.Id);
        Assert.Equal(order.Id, correction.CorrectsOrderId);
        Assert.Equal(OrderStatus.Draft, correction.Status);
        Assert.Null(correction.Number);
        Assert.Equal(order.Lines.Select(l => l.LearnerId), correction.Lines.Select(l => l.LearnerId));
        Assert.All(correction.Lines, l => Assert.Equal(correction.Id, l.OrderId));
        correction.RemoveLine(correction.Lines[0].Id);
        Assert.Single(order.Lines);
        Assert.Equal(OrderStatus.Issued, order.Status);
    }

    [Fact]
    public void CuratorAssignment_ListsGroupsAndCurators()
    {
        var group = new StudyGroup { CollegeId = CollegeId, Name = "ПО-23", SpecialtyId = Guid.NewGuid(), IntakeYear = 2023, YearOfStudy = 3 };
        var curator = new Curator { CollegeId = CollegeId, FullName = "Сыдыкова Нургүл", Position = "Өндүрүштүк окутуу мастери" };
        var order = Order.ForCuratorAssignment(CollegeId, [(group, curator)], "Кураторлорду бекитүү жөнүндө", null);
        var line = Assert.Single(order.Lines);
        Assert.Equal((group.Id, curator.Id, "Сыдыкова Нургүл"), (line.GroupId, line.CuratorId!.Value, line.CuratorName));

        var otherCollegeCurator = new Curator { CollegeId = Guid.NewGuid(), FullName = "x", Position = "y" };
        Throws("Order_OtherCollege", () => Order.ForCuratorAssignment(CollegeId, [(group, otherCollegeCurator)], "t", null));
    }
}
