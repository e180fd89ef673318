using AngleSharp.Dom;
using WblPortal.Domain.Access;
using WblPortal.Domain.Diaries;
using WblPortal.Domain.Placements;
using WblPortal.IntegrationTests.Infrastructure;
using WblPortal.Web.Infrastructure.Lists;
using static WblPortal.IntegrationTests.Infrastructure.TestData;

namespace WblPortal.IntegrationTests.WorkLists;

/// <summary>"Waiting for me" lists open on the current academic year's rows waiting on the user, oldest due first;
/// past years and finished rows are one click away (<c>?all=true</c>), and the dashboard counts what the list shows.</summary>
public sealed class WorkListTests(PortalFactory factory) : IntegrationTest(factory)
{
    private static readonly DateOnly YearStart = WorkList.CurrentYearStart(TimeProvider.System);

    private static List<string> Ids(IDocument page, string selector) =>
        page.QuerySelectorAll(selector).Select(r => r.GetAttribute("data-id")!).ToList();

    [Fact]
    public async Task CollegeAssessments_DefaultToThisYearsWaitingRows_OldestDueFirst_AllShowsPastYears_DashboardCountsTheSame()
    {
        var college = await Data.CollegeAsync();
        var employer = await Data.EmployerAsync();
        var later = await Data.AssessmentWorldAsync(learners: 2, college, employer, start: YearStart.AddDays(14));
        var earlier = await Data.AssessmentWorldAsync(learners: 1, college, employer, start: YearStart.AddDays(1));
        var past = await Data.AssessmentWorldAsync(learners: 1, college, employer, start: YearStart.AddYears(-1).AddDays(7));
        var done = await Data.AssessmentWorldAsync(learners: 1, college, employer, start: YearStart.AddDays(7));
        await Data.AssessmentAsync(done, AssessmentStage.Final); // waits on nobody at the college
        var curator = await SignInAsync(Roles.CollegeStaff, college.Id);

        var page = await curator.GetDocumentAsync("/College/Assessments");

        var rows = Ids(page, "[data-testid=assessments] tbody tr");
        Assert.Equal(3, rows.Count);
        Assert.Equal(earlier.Placement.Learners[0].Id.ToString(), rows[0]); // its placement ends first
        Assert.Equal(later.Placement.Learners.Select(l => l.Id.ToString()).Order().ToList(), rows.Skip(1).Order().ToList());
        Assert.Equal("current", page.QuerySelector("[data-testid=work-list-scope]")!.GetAttribute("data-scope"));
        Assert.Contains($"{YearStart.Year}–{YearStart.Year + 1}", page.QuerySelector("[data-testid=work-list-scope]")!.TextContent);

        var all = await curator.GetDocumentAsync(page.QuerySelector("[data-testid=work-list-all]")!.GetAttribute("href")!);
        var allIds = Ids(all, "[data-testid=assessments] tbody tr");
        Assert.Equal(5, allIds.Count);
        Assert.Contains(past.Placement.Learners[0].Id.ToString(), allIds);
        Assert.Contains(done.Placement.Learners[0].Id.ToString(), allIds);
        Assert.Equal("all", all.QuerySelector("[data-testid=work-list-scope]")!.GetAttribute("data-scope"));

        var dashboard = await curator.GetDocumentAsync("/College");
        Assert.Equal("3", dashboard.QuerySelector("[data-testid=pending-count]")!.TextContent);
        Assert.Equal("/College/Assessments", dashboard.QuerySelector("[data-testid=pending-assessments] a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task MentorAssessments_PastYearsRowsOnlyUnderAll()
    {
        var college = await Data.CollegeAsync();
        var employer = await Data.EmployerAsync();
        var past = await Data.AssessmentWorldAsync(learners: 2, college, employer, start: YearStart.AddYears(-1).AddDays(7));
        var mentor = await SignInAsync(Roles.Mentor, employer.Id, mentorId: past.Mentor.Id);

        var page = await mentor.GetDocumentAsync("/Mentor/Assessments");
        var all = await mentor.GetDocumentAsync("/Mentor/Assessments?all=true");
        var dashboard = await mentor.GetDocumentAsync("/Mentor");

        Assert.Empty(page.QuerySelectorAll("[data-testid=assessments] tbody tr"));
        Assert.Equal(2, all.QuerySelectorAll("[data-testid=assessments] tbody tr").Length);
        Assert.Equal("0", dashboard.QuerySelector("[data-testid=pending-count]")!.TextContent);
    }

    [Fact]
    public async Task CollegeDiaries_DefaultToThisYearsWeeksToCountersign_AllShowsTheRest()
    {
        var college = await Data.CollegeAsync();
        var employer = await Data.EmployerAsync();
        var toCountersign = await Data.DiarySetupAsync(college, employer, start: YearStart.AddDays(7));
        await Data.DiaryEntryAsync(toCountersign, YearStart.AddDays(8), DiaryEntryStatus.Approved);
        var nothingYet = await Data.DiarySetupAsync(college, employer, start: YearStart.AddDays(7));
        await Data.DiaryEntryAsync(nothingYet, YearStart.AddDays(8), DiaryEntryStatus.Submitted); // the mentor's to approve
        var past = await Data.DiarySetupAsync(college, employer, start: YearStart.AddYears(-1).AddDays(7));
        await Data.DiaryEntryAsync(past, YearStart.AddYears(-1).AddDays(8), DiaryEntryStatus.Approved);
        var curator = await SignInAsync(Roles.CollegeStaff, college.Id);

        var page = await curator.GetDocumentAsync("/College/Diaries");
        var all = await curator.GetDocumentAsync(page.QuerySelector("[data-testid=work-list-all]")!.GetAttribute("href")!);

        Assert.Equal(toCountersign.Row.Id.ToString(), Assert.Single(Ids(page, "[data-testid=diary-row]")));
        Assert.Equal(
            new[] { toCountersign.Row.Id, nothingYet.Row.Id, past.Row.Id }.Select(i => i.ToString()).Order().ToList(),
            Ids(all, "[data-testid=diary-row]").Order().ToList());
    }

    [Fact]
    public async Task EmployerDiaries_DefaultToThisYearsWeeksToApproveAndMissingInductions_OldestFirst()
    {
        var college = await Data.CollegeAsync();
        var employer = await Data.EmployerAsync();
        var submittedLater = await Data.DiarySetupAsync(college, employer, start: YearStart.AddDays(21));
        await Data.DiaryEntryAsync(submittedLater, YearStart.AddDays(22), DiaryEntryStatus.Submitted);
        var noInduction = await Data.DiarySetupAsync(college, employer, induction: false, start: YearStart.AddDays(3));
        var approved = await Data.DiarySetupAsync(college, employer, start: YearStart.AddDays(7));
        await Data.DiaryEntryAsync(approved, YearStart.AddDays(8), DiaryEntryStatus.Approved);
        var past = await Data.DiarySetupAsync(college, employer, start: YearStart.AddYears(-1).AddDays(7));
        await Data.DiaryEntryAsync(past, YearStart.AddYears(-1).AddDays(8), DiaryEntryStatus.Submitted);
        var admin = await SignInAsync(Roles.EmployerAdmin, employer.Id);

        var page = await admin.GetDocumentAsync("/Employer/Diaries");
        var all = await admin.GetDocumentAsync("/Employer/Diaries?all=true");

        Assert.Equal(new List<string> { noInduction.Row.Id.ToString(), submittedLater.Row.Id.ToString() }, Ids(page, "[data-testid=diary-row]"));
        Assert.Equal(4, all.QuerySelectorAll("[data-testid=diary-row]").Length);
        Assert.NotNull(all.QuerySelector("[data-testid=work-list-current]"));
    }

    [Fact]
    public async Task EmployerInbox_DefaultsToThisYearsProposalsAndMentorsToAppoint_EarliestStartFirst()
    {
        var college = await Data.CollegeAsync();
        var employer = await Data.EmployerAsync();
        var proposedLater = await Data.PlacementAsync(college, employer, PlacementStatus.Proposed, start: YearStart.AddDays(30));
        var confirmed = await Data.PlacementAsync(college, employer, PlacementStatus.Confirmed, start: YearStart.AddDays(10));
        await Data.PlacementAsync(college, employer, PlacementStatus.InProgress, start: YearStart.AddDays(5)); // nothing to answer
        await Data.PlacementAsync(college, employer, PlacementStatus.Proposed, start: YearStart.AddYears(-1).AddDays(30)); // a past year's
        var admin = await SignInAsync(Roles.EmployerAdmin, employer.Id);

        var page = await admin.GetDocumentAsync("/Employer/Placements");
        var all = await admin.GetDocumentAsync(page.QuerySelector("[data-testid=work-list-all]")!.GetAttribute("href")!);

        var links = page.QuerySelectorAll("tbody tr a[href*='/Employer/Placements/Details/']").Select(a => a.GetAttribute("href")!).Distinct().ToList();
        Assert.Equal(2, links.Count);
        Assert.EndsWith(confirmed.Id.ToString(), links[0]);
        Assert.EndsWith(proposedLater.Id.ToString(), links[1]);
        Assert.Equal(4, all.QuerySelectorAll("tbody tr").Length);
    }
}
