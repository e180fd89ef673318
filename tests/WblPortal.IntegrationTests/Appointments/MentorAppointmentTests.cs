using System.Net;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Access;
using WblPortal.Domain.Mentors;
using WblPortal.Domain.Placements;
using WblPortal.Domain.Programmes;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.Appointments;

/// <summary>The employer appoints a mentor by an enterprise order; unmet programme requirements are flagged, not refused.</summary>
public sealed class MentorAppointmentTests(PortalFactory factory) : IntegrationTest(factory)
{
    private static readonly MentorRequirements Strict = new() { MinYearsOfExperience = 10, PedagogicalTrainingRequired = true };

    private static Dictionary<string, string> Form(Placement p, Mentor m, string number = "15-к", bool acknowledge = false, string date = "2026-03-30") => new()
    {
        ["PlacementId"] = p.Id.ToString(), ["Version"] = p.Version.ToString(), ["MentorId"] = m.Id.ToString(),
        ["AcknowledgeGaps"] = acknowledge ? "true" : "false", ["OrderNumber"] = number, ["OrderDate"] = date,
        ["HeadName"] = "Жээнбеков Бакыт", ["HeadPosition"] = "Башкы директор", ["Basis"] = "",
    };

    private async Task<(Placement Placement, Mentor Strong, Mentor Weak)> ConfirmedWithRequirementsAsync(Domain.Employers.Employer employer)
    {
        var college = await Data.CollegeAsync();
        var placement = await Data.PlacementAsync(college, employer, PlacementStatus.Confirmed);
        await Data.RequireOfMentorsAsync(placement, Strict);
        var strong = await Data.MentorAsync(employer, m =>
        {
            m.FullName = "Күчтүү Өмүр";
            m.YearsOfExperience = 15;
            m.PedagogicalTrainingDate = new DateOnly(2024, 2, 1);
        });
        var weak = await Data.MentorAsync(employer, m =>
        {
            m.FullName = "Жаңы Үсөн";
            m.YearsOfExperience = 2;
        });
        return (placement, strong, weak);
    }

    [Fact]
    public async Task Get_Appoint_ShowsEachCandidatesUnmetRequirements()
    {
        var employer = await Data.EmployerAsync();
        var (placement, strong, weak) = await ConfirmedWithRequirementsAsync(employer);
        var client = await SignInAsync(Roles.EmployerAdmin, employer.Id, culture: "en");

        var page = await client.GetDocumentAsync($"/Employer/EnterpriseOrders/Appoint?placementId={placement.Id}");

        var candidates = page.QuerySelectorAll("[data-testid=candidate]").ToDictionary(c => c.GetAttribute("data-mentor")!);
        Assert.Null(candidates[strong.Id.ToString()].QuerySelector("[data-testid=candidate-gaps]"));
        var gaps = candidates[weak.Id.ToString()].QuerySelector("[data-testid=candidate-gaps]")!.TextContent;
        Assert.Contains("work experience", gaps);
        Assert.Contains("pedagogical training", gaps);
        Assert.Equal("Бакыт Жээнбеков", page.QuerySelector("#HeadName")!.GetAttribute("value")); // the employer's contact person, no order yet
    }

    [Theory]
    [InlineData("en", "tick the acknowledgement")]
    [InlineData("ky-KG", "тастыктоо белгисин")]
    [InlineData("ru-KG", "отметьте подтверждение")]
    public async Task Post_FlaggedMentorWithoutAcknowledgement_ShowsMessageAndSavesNothing(string culture, string fragment)
    {
        var employer = await Data.EmployerAsync();
        var (placement, _, weak) = await ConfirmedWithRequirementsAsync(employer);
        var client = await SignInAsync(Roles.EmployerAdmin, employer.Id, culture: culture);

        var response = await client.PostFormAsync("/Employer/EnterpriseOrders/Appoint", Form(placement, weak));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var message = (await PortalClient.ParseAsync(response)).QuerySelector("[data-valmsg-for=AcknowledgeGaps]")!.TextContent;
        Assert.Contains(fragment, message);
        await using var db = Factory.CreateDbContext();
        Assert.Null((await db.Placements.SingleAsync()).MentorId);
        Assert.False(await db.EnterpriseOrders.AnyAsync());
    }

    [Fact]
    public async Task Post_FlaggedMentorAcknowledged_AppointsRecordsTheGapsAndTheOrder()
    {
        var employer = await Data.EmployerAsync();
        var (placement, _, weak) = await ConfirmedWithRequirementsAsync(employer);
        var client = await SignInAsync(Roles.EmployerAdmin, employer.Id);

        var response = await client.PostFormAsync("/Employer/EnterpriseOrders/Appoint", Form(placement, weak, acknowledge: true));

        await AssertRedirectAsync(response);
        await using var db = Factory.CreateDbContext();
        var saved = await db.Placements.Include(p => p.Learners).SingleAsync();
        Assert.Equal(weak.Id, saved.MentorId);
        Assert.Equal(PlacementStatus.MentorAssigned, saved.Status);
        Assert.Equal(MentorRequirementGaps.Experience | MentorRequirementGaps.PedagogicalTraining, saved.MentorRequirementGaps);
        var order = await db.EnterpriseOrders.Include(o => o.Lines).SingleAsync();
        response.AssertRedirectsTo($"/Employer/EnterpriseOrders/Details/{order.Id}");
        Assert.Equal(("15-к", 2026, employer.Id), (order.Number, order.Year, order.EmployerId));
        Assert.Equal(saved.Learners.Select(l => l.LearnerId).Order(), order.Lines.Select(l => l.LearnerId).Order());
        Assert.All(order.Lines, l => Assert.Equal(saved.MentorRequirementGaps, l.MentorGaps));
    }

    [Fact]
    public async Task Post_EditMentorMeetingTheRequirementsNow_ClearsTheRunningPlacementsFlag_AndKeepsTheOrdersRecord()
    {
        var employer = await Data.EmployerAsync();
        var (placement, _, weak) = await ConfirmedWithRequirementsAsync(employer);
        var client = await SignInAsync(Roles.EmployerAdmin, employer.Id);
        await AssertRedirectAsync(await client.PostFormAsync("/Employer/EnterpriseOrders/Appoint", Form(placement, weak, acknowledge: true)));
        var version = (await Factory.CreateDbContext().Mentors.AsNoTracking().SingleAsync(m => m.Id == weak.Id)).Version;

        var response = await client.PostFormAsync("/Employer/Mentors/Save", new()
        {
            ["Id"] = weak.Id.ToString(), ["Version"] = version.ToString(), ["FullName"] = weak.FullName, ["Position"] = weak.Position,
            ["EducationLevel"] = weak.EducationLevel.ToString(), ["YearsOfExperience"] = "12", ["SkillGrade"] = "",
            ["PedagogicalTrainingDate"] = "2026-10-01", ["Phone"] = "", ["Email"] = "",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = Factory.CreateDbContext();
        Assert.Equal(MentorRequirementGaps.None, (await db.Placements.SingleAsync()).MentorRequirementGaps);
        var order = await db.EnterpriseOrders.Include(o => o.Lines).SingleAsync();
        Assert.All(order.Lines, l => Assert.Equal(MentorRequirementGaps.Experience | MentorRequirementGaps.PedagogicalTraining, l.MentorGaps));
    }

    [Fact]
    public async Task Post_NewMentorWhileAssessing_HandsTheOpenAssessmentOver_NotTheFinalOne()
    {
        var w = await Data.AssessmentWorldAsync(learners: 2, completed: false);
        var open = await Data.AssessmentAsync(w, TestData.AssessmentStage.BothScored, learner: 0);
        var final = await Data.AssessmentAsync(w, TestData.AssessmentStage.Final, learner: 1);
        var successor = await Data.MentorAsync(w.Employer);
        var client = await SignInAsync(Roles.EmployerAdmin, w.Employer.Id);
        Placement placement;
        await using (var db = Factory.CreateDbContext())
        {
            placement = await db.Placements.AsNoTracking().SingleAsync(p => p.Id == w.Placement.Id);
        }

        var response = await client.PostFormAsync("/Employer/EnterpriseOrders/Appoint", Form(placement, successor));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var check = Factory.CreateDbContext();
        Assert.Equal(successor.Id, (await check.Assessments.SingleAsync(a => a.Id == open.Id)).MentorId);
        Assert.Equal(w.Mentor.Id, (await check.Assessments.SingleAsync(a => a.Id == final.Id)).MentorId);
        Assert.True(await check.Notifications.AnyAsync(n => n.RecipientMentorId == successor.Id && n.MessageKey == "Notify_AssessmentHandedOver"));
        var newMentor = await SignInAsync(Roles.Mentor, w.Employer.Id, mentorId: successor.Id);
        var oldMentor = await SignInAsync(Roles.Mentor, w.Employer.Id, mentorId: w.Mentor.Id);
        Assert.Equal(HttpStatusCode.OK, (await newMentor.GetAsync($"/Mentor/Assessments/Details/{open.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await oldMentor.GetAsync($"/Mentor/Assessments/Details/{open.Id}")).StatusCode);
    }

    [Fact]
    public async Task Post_MentorMeetingTheRequirements_AppointsWithoutFlag()
    {
        var employer = await Data.EmployerAsync();
        var (placement, strong, _) = await ConfirmedWithRequirementsAsync(employer);
        var client = await SignInAsync(Roles.EmployerAdmin, employer.Id);

        var response = await client.PostFormAsync("/Employer/EnterpriseOrders/Appoint", Form(placement, strong));

        await AssertRedirectAsync(response);
        await using var db = Factory.CreateDbContext();
        Assert.Equal(MentorRequirementGaps.None, (await db.Placements.SingleAsync()).MentorRequirementGaps);
    }

    [Theory]
    [InlineData("ky-KG", "Буйруктун номерин жазыңыз.", "Буйрукка кол койгон ишкана жетекчисинин аты-жөнүн жазыңыз.")]
    [InlineData("en", "Enter the order number.", "Enter the name of the enterprise head who signs the order.")]
    public async Task Post_MissingNumberAndHead_ShowsLocalizedMessagesAndSavesNothing(string culture, string numberMessage, string headMessage)
    {
        var employer = await Data.EmployerAsync();
        var (placement, strong, _) = await ConfirmedWithRequirementsAsync(employer);
        var client = await SignInAsync(Roles.EmployerAdmin, employer.Id, culture: culture);
        var form = Form(placement, strong, number: " ");
        form["HeadName"] = "";

        var response = await client.PostFormAsync("/Employer/EnterpriseOrders/Appoint", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(numberMessage, page.QuerySelector("[data-valmsg-for=OrderNumber]")!.TextContent.Trim());
        Assert.Equal(headMessage, page.QuerySelector("[data-valmsg-for=HeadName]")!.TextContent.Trim());
        await using var db = Factory.CreateDbContext();
        Assert.Null((await db.Placements.SingleAsync()).MentorId);
        Assert.False(await db.EnterpriseOrders.AnyAsync());
    }

    [Fact]
    public async Task Post_NumberTakenThisYear_ShowsMessage_ButAnotherYearOrEmployerMayReuseIt()
    {
        var college = await Data.CollegeAsync();
        var employer = await Data.EmployerAsync();
        await Data.EnterpriseOrderAsync(college, employer, number: "7", date: new DateOnly(2026, 2, 1));
        await Data.EnterpriseOrderAsync(college, await Data.EmployerAsync(), number: "8", date: new DateOnly(2026, 2, 1));
        var (placement, strong, _) = await ConfirmedWithRequirementsAsync(employer);
        var client = await SignInAsync(Roles.EmployerAdmin, employer.Id, culture: "en");

        var taken = await client.PostFormAsync("/Employer/EnterpriseOrders/Appoint", Form(placement, strong, number: "7"));
        Assert.Equal(HttpStatusCode.OK, taken.StatusCode);
        Assert.Contains("already has an order with this number in 2026",
            (await PortalClient.ParseAsync(taken)).QuerySelector("[data-valmsg-for=OrderNumber]")!.TextContent);

        var lastYear = await client.PostFormAsync("/Employer/EnterpriseOrders/Appoint", Form(placement, strong, number: "7", date: "2025-12-30"));
        Assert.Equal(HttpStatusCode.Redirect, lastYear.StatusCode);
        placement = await ReloadAsync(placement.Id);
        var othersNumber = await client.PostFormAsync("/Employer/EnterpriseOrders/Appoint", Form(placement, strong, number: "8"));
        Assert.Equal(HttpStatusCode.Redirect, othersNumber.StatusCode);
    }

    [Fact]
    public async Task Post_ChangeOfMentor_MakesANewOrder_AndTheOldOneIsMarkedSuperseded()
    {
        var college = await Data.CollegeAsync();
        var employer = await Data.EmployerAsync();
        var (first, placement, _, _) = await Data.EnterpriseOrderAsync(college, employer, number: "1");
        var other = await Data.MentorAsync(employer);
        var client = await SignInAsync(Roles.EmployerAdmin, employer.Id);

        var response = await client.PostFormAsync("/Employer/EnterpriseOrders/Appoint", Form(await ReloadAsync(placement.Id), other, number: "2", date: "2026-04-02"));

        await AssertRedirectAsync(response);
        await using var db = Factory.CreateDbContext();
        Assert.Equal(2, await db.EnterpriseOrders.CountAsync());
        Assert.Equal(other.Id, (await db.Placements.SingleAsync()).MentorId);
        var page = await client.GetDocumentAsync($"/Employer/EnterpriseOrders/Details/{first.Id}");
        Assert.NotNull(page.QuerySelector("[data-testid=superseded]"));
    }

    [Fact]
    public async Task Post_StalePlacementVersion_TellsTheSecondWriter()
    {
        var employer = await Data.EmployerAsync();
        var (placement, strong, weak) = await ConfirmedWithRequirementsAsync(employer);
        var client = await SignInAsync(Roles.EmployerAdmin, employer.Id, culture: "en");

        await client.PostFormAsync("/Employer/EnterpriseOrders/Appoint", Form(placement, strong, number: "1"));
        var response = await client.PostFormAsync("/Employer/EnterpriseOrders/Appoint", Form(placement, weak, number: "2", acknowledge: true));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Someone else changed this record", (await PortalClient.ParseAsync(response)).QuerySelector("[role=alert]")!.TextContent);
        await using var db = Factory.CreateDbContext();
        Assert.Equal(strong.Id, (await db.Placements.SingleAsync()).MentorId);
        Assert.Equal(1, await db.EnterpriseOrders.CountAsync());
    }

    [Fact]
    public async Task Appoint_OtherEmployersPlacement_ReturnsNotFoundOnGetAndPost()
    {
        var theirs = await Data.EmployerAsync();
        var (placement, strong, _) = await ConfirmedWithRequirementsAsync(theirs);
        var mine = await Data.EmployerAsync();
        var client = await SignInAsync(Roles.EmployerAdmin, mine.Id);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Employer/EnterpriseOrders/Appoint?placementId={placement.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostFormAsync("/Employer/EnterpriseOrders/Appoint", Form(placement, strong))).StatusCode);
        await using var db = Factory.CreateDbContext();
        Assert.Null((await db.Placements.SingleAsync()).MentorId);
    }

    [Fact]
    public async Task Post_OtherEmployersMentor_IsRefusedNextToTheMentor()
    {
        var employer = await Data.EmployerAsync();
        var (placement, _, _) = await ConfirmedWithRequirementsAsync(employer);
        var stranger = await Data.MentorAsync(await Data.EmployerAsync());
        var client = await SignInAsync(Roles.EmployerAdmin, employer.Id, culture: "en");

        var response = await client.PostFormAsync("/Employer/EnterpriseOrders/Appoint", Form(placement, stranger, acknowledge: true));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Choose a mentor", (await PortalClient.ParseAsync(response)).QuerySelector("[data-valmsg-for=MentorId]")!.TextContent);
        await using var db = Factory.CreateDbContext();
        Assert.Null((await db.Placements.SingleAsync()).MentorId);
    }

    [Fact]
    public async Task CollegePages_ShowTheFlagAndTheOrderOfItsPlacement()
    {
        var college = await Data.CollegeAsync();
        var employer = await Data.EmployerAsync();
        var weak = await Data.MentorAsync(employer, m => m.YearsOfExperience = 1);
        var (order, placement, _, _) = await Data.EnterpriseOrderAsync(college, employer, number: "21-к", mentor: weak, requirements: Strict);
        var client = await SignInAsync(Roles.CollegeStaff, college.Id, culture: "ru-KG");

        var page = await client.GetDocumentAsync($"/College/Placements/Details/{placement.Id}");
        var list = await client.GetDocumentAsync("/College/Placements");

        var flag = page.QuerySelector("[data-testid=mentor-gaps]")!;
        Assert.Equal(["Experience", "PedagogicalTraining"], flag.QuerySelectorAll("[data-gap]").Select(g => g.GetAttribute("data-gap")!));
        Assert.Contains("стаж работы", flag.TextContent);
        Assert.Contains("№ 21-к", page.QuerySelector("[data-testid=enterprise-order]")!.TextContent);
        Assert.Equal($"/College/Documents/EnterpriseOrderPreview/{order.Id}", page.QuerySelector("[data-testid=enterprise-order-preview]")!.GetAttribute("href"));
        Assert.Null(page.QuerySelector("[data-testid=appoint-mentor]"));
        Assert.NotNull(list.QuerySelector("[data-testid=mentor-gaps-flag]"));
    }

    [Fact]
    public async Task EmployerPlacementPage_OffersTheAppointment()
    {
        var employer = await Data.EmployerAsync();
        var placement = await Data.PlacementAsync(await Data.CollegeAsync(), employer, PlacementStatus.Confirmed);
        var client = await SignInAsync(Roles.EmployerAdmin, employer.Id);

        var page = await client.GetDocumentAsync($"/Employer/Placements/Details/{placement.Id}");

        Assert.Equal($"/Employer/EnterpriseOrders/Appoint?placementId={placement.Id}", page.QuerySelector("[data-testid=appoint-mentor]")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData(Roles.Mentor)]
    [InlineData(Roles.CollegeAdmin)]
    [InlineData(Roles.Learner)]
    public async Task AppointAndRegister_AsOtherRoles_AreForbidden(string role)
    {
        var employer = await Data.EmployerAsync();
        var placement = await Data.PlacementAsync(await Data.CollegeAsync(), employer, PlacementStatus.Confirmed);
        var client = await SignInAsync(role, employer.Id);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/Employer/EnterpriseOrders/Appoint?placementId={placement.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/Employer/EnterpriseOrders")).StatusCode);
    }

    /// <summary>A redirect, or the page's messages in the failure.</summary>
    internal static async Task AssertRedirectAsync(HttpResponseMessage response)
    {
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            var page = await PortalClient.ParseAsync(response);
            var errors = string.Join(" | ", page.QuerySelectorAll("[role=alert], .invalid-feedback").Select(e => e.TextContent.Trim()).Where(t => t.Length > 0));
            Assert.Fail($"{response.StatusCode}: {errors}");
        }
    }

    private async Task<Placement> ReloadAsync(Guid id)
    {
        await using var db = Factory.CreateDbContext();
        return await db.Placements.AsNoTracking().SingleAsync(p => p.Id == id);
    }
}
