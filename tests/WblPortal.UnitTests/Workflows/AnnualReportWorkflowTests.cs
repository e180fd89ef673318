using WblPortal.Domain.Access;
using WblPortal.Domain.AnnualReports;
using WblPortal.Domain.Roadmap;
using WblPortal.Domain.Workflows;
using WblPortal.Infrastructure.Data.Access;

namespace WblPortal.UnitTests.Workflows;

/// <summary>The annual report's state machine and who may write it.</summary>
public class AnnualReportWorkflowTests
{
    private static readonly DateTimeOffset At = new(2026, 9, 1, 10, 0, 0, TimeSpan.FromHours(6));
    private static readonly WorkflowUser College = new("c", "Асанова", Roles.CollegeAdmin);
    private static readonly WorkflowUser Employer = new("e", "Жээнбеков", Roles.EmployerAdmin);
    private static readonly WorkflowUser Ministry = new("m", "Сыдыкова", Roles.MinistryAnalyst);
    private static readonly Guid CollegeId = Guid.NewGuid();
    private static readonly ReportPartner A = new(Guid.NewGuid(), "A");
    private static readonly ReportPartner B = new(Guid.NewGuid(), "B");

    private static AnnualReport Written()
    {
        var r = AnnualReport.Create(CollegeId, 2025, College, At);
        r.EditNarrative("Жетишкендиктер", "Көйгөйлөр", "Сунуштар", "Программа", College, At);
        return r;
    }

    private static string KeyOf(Action step) => Assert.Throws<WorkflowException>(step).Key;

    [Fact]
    public void Send_WithoutPartners_OrNarrative_IsRefused()
    {
        Assert.Equal("AnnualReport_NoPartners", KeyOf(() => Written().SendToEmployers([], "{}", College, At)));
        Assert.Equal("AnnualReport_NarrativeRequired", KeyOf(() => AnnualReport.Create(CollegeId, 2025, College, At).SendToEmployers([A], "{}", College, At)));
    }

    [Fact]
    public void Submit_NeedsEveryAnswer_ACommentCounts()
    {
        var r = Written();
        r.SendToEmployers([A, B], "{}", College, At);
        r.Respond(A.EmployerId, true, null, Employer, At);
        Assert.Equal("AnnualReport_EmployersNotAnswered", KeyOf(() => r.Submit(College, At)));

        r.Respond(B.EmployerId, false, "Сын-пикир", Employer, At);
        r.Submit(College, At);

        Assert.Equal(AnnualReportStatus.Submitted, r.Status);
        Assert.Equal("AnnualReport_InvalidTransition", KeyOf(() => r.Respond(A.EmployerId, true, null, Employer, At)));
        Assert.Equal("AnnualReport_NotEditable", KeyOf(() => r.EditNarrative("x", "x", "x", "x", College, At)));
    }

    [Fact]
    public void Review_IsTheMinistrysAlone_AndReturnNeedsAComment()
    {
        var r = Written();
        r.SendToEmployers([A], "{}", College, At);
        r.Respond(A.EmployerId, true, null, Employer, At);
        r.Submit(College, At);

        Assert.Equal("AnnualReport_MinistryOnly", KeyOf(() => r.Accept(College, At)));
        Assert.Equal("AnnualReport_CommentRequired", KeyOf(() => r.Return(" ", Ministry, At)));
        r.Return("Толуктаңыз", Ministry, At);

        Assert.Equal(AnnualReportStatus.Returned, r.Status);
        r.SendToEmployers([A, B], "{\"learners\":2}", College, At);
        Assert.Equal(2, r.Round);
        Assert.All(r.Responses, x => Assert.Equal(EmployerReportDecision.Pending, x.Decision));
        Assert.Equal("{\"learners\":2}", r.FiguresJson);
    }

    [Fact]
    public void Respond_ByAnEmployerItWasNotSentTo_IsRefused()
    {
        var r = Written();
        r.SendToEmployers([A], "{}", College, At);

        Assert.Equal("AnnualReport_NotAPartner", KeyOf(() => r.Respond(Guid.NewGuid(), true, null, Employer, At)));
        Assert.Equal("AnnualReport_CommentRequired", KeyOf(() => r.Respond(A.EmployerId, false, "", Employer, At)));
    }

    [Fact]
    public void CanWrite_MinistryWritesReportsAndRoadmapOnly_EmployerOnlyItsAnswer()
    {
        var ministry = new Actor("m", Roles.MinistryAnalyst, OrganizationKind.Ministry, Guid.NewGuid());
        var employer = new Actor("e", Roles.EmployerAdmin, OrganizationKind.Employer, A.EmployerId);
        var otherCollege = new Actor("c2", Roles.CollegeAdmin, OrganizationKind.College, Guid.NewGuid());
        var r = Written();
        r.SendToEmployers([A, B], "{}", College, At);
        var measure = new RoadmapMeasure { TextKy = "x", TextRu = "x", TextEn = "x", Executors = "x", Deadline = "2023" };

        Assert.True(ministry.CanWrite(r));
        Assert.True(ministry.CanWrite(measure));
        Assert.False(ministry.CanWrite(r.Responses[0]));
        Assert.False(employer.CanWrite(r));
        Assert.True(employer.CanWrite(r.Responses.Single(x => x.EmployerId == A.EmployerId)));
        Assert.False(employer.CanWrite(r.Responses.Single(x => x.EmployerId == B.EmployerId)));
        Assert.False(employer.CanWrite(measure));
        Assert.False(otherCollege.CanWrite(r));
    }
}
