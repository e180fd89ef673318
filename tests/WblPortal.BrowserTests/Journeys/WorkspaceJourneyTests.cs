using System.Text.RegularExpressions;
using Microsoft.Playwright;
using WblPortal.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace WblPortal.BrowserTests.Journeys;

/// <summary>The college workspace end to end, in Kyrgyz, through the real pages: the college admin writes and approves a
/// WBL programme for the next academic year, proposes a placement of 10 learners to the demo employer, the employer
/// (in a browser of its own) confirms it, and the college issues the sending order and creates the 10 tripartite
/// agreements.</summary>
public sealed class WorkspaceJourneyTests(PortalServer server) : BrowserTest(server)
{
    // The demo college has an approved 2026–2027 programme per specialty; 2027–2028 is free. The demo placements end
    // by May 2027, so no learner of the demo college is in a long placement in these dates.
    private const string Specialty = "110201 Агрономия";
    private const string AcademicYear = "2027";
    private const string ApprovalOrder = "57-ЖОО";
    private const string DemoEmployer = "\"Агро-Токмок\" ЖЧК";
    private const string ProductionPractice = "15";
    private const string Group = "ЭБУ-1-26"; // 15 learners
    private const int LearnerCount = 10;

    [Fact]
    public async Task CollegeAdmin_WritesProgramme_ProposesPlacement_EmployerConfirms_CollegeIssuesOrder_CreatesAgreements()
    {
        var college = await NewPageAsync();
        await WithScreenshotOnFailureAsync(college, "workspace-journey", async () =>
        {
            await SignInAsync(college, "college.admin@wbl.kg");

            // 1. A new programme for the specialty and the next academic year: written, submitted and approved.
            await college.GotoAsync("/College/Programmes");
            await ExpectKyrgyzAsync(college, "ЖОО программалары");
            await college.Locator("main a[href='/College/Programmes/Create']").ClickAsync();
            await college.Locator("#SpecialtyId").SelectOptionAsync(new SelectOptionValue { Label = Specialty });
            await college.Locator("#AcademicYear").FillAsync(AcademicYear);
            await college.Locator("main form button[type=submit]").ClickAsync();
            await Expect(college).ToHaveURLAsync(new Regex("/College/Programmes/Details/", RegexOptions.IgnoreCase));
            await ExpectKyrgyzAsync(college, "Долбоор");

            await college.Locator("#Sections_NormativeBasis").FillAsync("110201 «Агрономия» адистиги боюнча мамлекеттик билим берүү стандарты; жумушчу окуу планы");
            await college.Locator("#Sections_Goal").FillAsync("Окуучулардын кесиптик компетенцияларын агрардык ишканада калыптандыруу");
            await college.Locator("#Sections_Procedure").FillAsync("Практика иш берүүчү менен макулдашылган мөөнөттө насаатчынын жетекчилиги астында өтөт");
            await college.Locator("#Sections_TotalStudyHours").FillAsync("1000");
            await college.Locator("#Sections_SafetyRules").FillAsync("Кирүү инструктажы, жумуш ордундагы инструктаж, өрткө каршы коопсуздук эрежелери");
            await college.Locator("#sections form button[type=submit]").ClickAsync();
            await Expect(college.Locator("#Sections_Goal")).ToHaveValueAsync("Окуучулардын кесиптик компетенцияларын агрардык ишканада калыптандыруу");

            await college.Locator("#Load_FormId").SelectOptionAsync(ProductionPractice);
            await college.Locator("#Load_Semester").FillAsync("5");
            await college.Locator("#Load_Hours").FillAsync("400");
            await college.Locator("#add-load form button[type=submit]").ClickAsync();
            await Expect(college.Locator("#loads")).ToContainTextAsync("400");

            await college.Locator("#Outcome_Code").FillAsync("ОН-1");
            await college.Locator("#Outcome_Text").FillAsync("Айдоо, себүү жана өсүмдүктөрдү багуу боюнча операцияларды өз алдынча аткарат");
            await college.Locator("#add-outcome input[name='Outcome.CompetencyIds']").First.CheckAsync();
            await college.Locator("#add-outcome form button[type=submit]").ClickAsync();
            await Expect(college.Locator("main")).ToContainTextAsync("Айдоо, себүү жана өсүмдүктөрдү багуу");

            await college.Locator("#Content_FormId").SelectOptionAsync(ProductionPractice);
            await college.Locator("#Content_Themes").FillAsync("Ишкананын түзүмү; талаа иштеринин технологиясы");
            await college.Locator("#Content_SpecificOutcomes").FillAsync("Окуучу талаа иштерин насаатчынын көзөмөлү астында аткарат");
            await college.Locator("#Content_WorkEnvironment").FillAsync("Иш берүүчүнүн үрөн чарбасы");
            await college.Locator("#Content_AssessmentRules").FillAsync("Күндөлүк, насаатчынын мүнөздөмөсү жана практикалык тапшырма");
            await college.Locator("#Content_RecognitionRules").FillAsync("Колледждин жана ишкананын биргелешкен комиссиясы таанышат");
            await college.Locator("#add-content form button[type=submit]").ClickAsync();
            await Expect(college.Locator("main")).ToContainTextAsync("Ишкананын түзүмү; талаа иштеринин технологиясы");

            await college.Locator("#workflow button[name='Transition.Step'][value=Submit]").ClickAsync();
            await Expect(college.Locator("[data-testid=status]")).ToHaveTextAsync("Талкууланууда");

            await college.Locator("#order-number").FillAsync(ApprovalOrder);
            await college.Locator("#order-date").FillAsync("2026-11-26");
            await college.Locator("#approve-form button[value=Approve]").ClickAsync();
            await Expect(college.Locator("[data-testid=status]")).ToHaveTextAsync("Бекитилген");
            await Expect(college.Locator("[data-testid=approval]")).ToContainTextAsync(ApprovalOrder);
            await ExpectKyrgyzAsync(college, "Бекитилген");

            await college.SetViewportSizeAsync(375, 800);
            Assert.Equal(375, await college.EvaluateAsync<int>("() => document.documentElement.scrollWidth")); // wide tables scroll in their own box
            await ScreenshotAsync(college, "workspace-programme-375");
            await college.SetViewportSizeAsync(1280, 800);

            // 2. A placement of 10 learners with the demo employer, proposed.
            await college.GotoAsync("/College/Placements");
            await college.Locator("main a[href='/College/Placements/Create']").ClickAsync();
            await ExpectKyrgyzAsync(college, "Жаңы практика");
            await college.Locator("#ProgrammeId").SelectOptionAsync(new SelectOptionValue { Label = $"{Specialty} (2027–2028)" });
            await college.Locator("#FormId").SelectOptionAsync(ProductionPractice);
            await college.Locator("#EmployerId").SelectOptionAsync(new SelectOptionValue { Label = DemoEmployer });
            await college.Locator("#Site").FillAsync("Үрөн чарбасы");
            await college.Locator("#StartDate").FillAsync("2027-09-13");
            await college.Locator("#EndDate").FillAsync("2027-10-08");
            await college.Locator("#RequestedCount").FillAsync(LearnerCount.ToString());
            await college.Locator("#CuratorId").SelectOptionAsync(new SelectOptionValue { Index = 1 });
            var group = college.Locator("details", new() { Has = college.Locator("summary", new() { HasText = Group }) });
            await group.Locator("summary").ClickAsync();
            var boxes = group.Locator("input[name=LearnerIds]");
            for (var i = 0; i < LearnerCount; i++)
            {
                await boxes.Nth(i).CheckAsync();
            }

            await Expect(group.Locator("summary .badge")).ToHaveTextAsync($"{LearnerCount} / 15");
            await college.Locator("form[data-placement-form] button[type=submit]").ClickAsync();
            await Expect(college).ToHaveURLAsync(new Regex("/College/Placements/Details/", RegexOptions.IgnoreCase));
            await Expect(college.Locator("#placement-status")).ToHaveAttributeAsync("data-status", "Draft");
            await Expect(college.Locator("#placement-learners li")).ToHaveCountAsync(LearnerCount);
            var placementId = new Uri(college.Url).AbsolutePath.Split('/').Last();

            await college.Locator("main form[action$='/Propose'] button[type=submit]").ClickAsync();
            await Expect(college.Locator("#placement-status")).ToHaveTextAsync("Сунушталды");
            await Expect(college.Locator("#placement-status")).ToHaveAttributeAsync("data-status", "Proposed");

            // 3. The employer, in a browser of its own, finds the proposal in its inbox and confirms it.
            var employer = await NewPageAsync();
            await WithScreenshotOnFailureAsync(employer, "workspace-journey-employer", async () =>
            {
                await SignInAsync(employer, "employer@wbl.kg");
                await employer.GotoAsync("/Employer/Placements?status=Proposed");
                await ExpectKyrgyzAsync(employer, "Сунушталды");
                await employer.Locator($"main a[href$='/Employer/Placements/Details/{placementId}']").ClickAsync();
                await Expect(employer.Locator("#placement-status")).ToHaveTextAsync("Сунушталды");
                await Expect(employer.Locator("#learner-count")).ToHaveTextAsync(LearnerCount.ToString());
                await Expect(employer.Locator("#confirm-count")).ToHaveValueAsync(LearnerCount.ToString());
                await employer.Locator("main form[action$='/Confirm'] button[type=submit]").ClickAsync();
                await Expect(employer.Locator("#placement-status")).ToHaveTextAsync("Ырасталды");
            });

            // 4. Back at the college: the placement is confirmed; the sending order is drafted and issued.
            await college.ReloadAsync();
            await Expect(college.Locator("#placement-status")).ToHaveTextAsync("Ырасталды");
            await college.Locator("[data-testid=placement-order]").ClickAsync();
            await ExpectKyrgyzAsync(college, "Окуучуларды жөнөтүү жөнүндө жаңы буйрук");
            await college.Locator("main form button[type=submit]").ClickAsync();
            await Expect(college).ToHaveURLAsync(new Regex("/College/Orders/Details/", RegexOptions.IgnoreCase));
            await Expect(college.Locator("#order-lines tbody tr")).ToHaveCountAsync(LearnerCount);
            var number = await college.Locator("#Number").InputValueAsync();
            Assert.Matches("^[0-9]+$", number);
            await college.Locator("main form[action$='/Issue'] button[type=submit]").ClickAsync();
            await Expect(college.Locator("#order-status")).ToHaveTextAsync("Чыгарылды");
            await Expect(college.Locator("#order-number")).ToHaveTextAsync(new Regex($"^№ {number}/20[0-9]{{2}}$")); // the register number and its year
            await Expect(college.Locator("#order-date")).Not.ToHaveTextAsync("__.__.____");
            await Expect(college.Locator("#order-lines tbody tr")).ToHaveCountAsync(LearnerCount);
            await Expect(college.Locator("#order-lines")).ToContainTextAsync(Group);
            await Expect(college.Locator("#order-heading")).ToHaveTextAsync("БУЙРУК");
            var orderUrl = college.Url;

            // 5. The tripartite agreements: one per learner.
            await college.GotoAsync("/College/Agreements/Placements?missing=true");
            var row = college.Locator($"tr[data-placement='{placementId}']");
            await row.Locator("form button[type=submit]").ClickAsync();
            await Expect(college.Locator(".alert").First).ToContainTextAsync("Келишимдер түзүлүп");
            await Expect(college.Locator("main table tbody tr")).ToHaveCountAsync(LearnerCount);
            await ExpectKyrgyzAsync(college, DemoEmployer);
            await college.GotoAsync("/College/Agreements/Placements");
            await Expect(college.Locator($"tr[data-placement='{placementId}']")).ToContainTextAsync($"{LearnerCount} / {LearnerCount}");

            await college.GotoAsync(orderUrl);
            await Expect(college.Locator("#order-status")).ToHaveTextAsync("Чыгарылды");
            // The college menu (13 links) wraps inside the header instead of pushing the language, the bell and sign-out
            // off the page's right edge.
            Assert.Equal(1280, await college.EvaluateAsync<int>("() => document.documentElement.scrollWidth"));
            await Expect(college.Locator("form[action='/account/logout'] button[type=submit]")).ToBeInViewportAsync();
            Assert.True(await college.Locator("#culture-select").EvaluateAsync<bool>("s => s.scrollWidth <= s.clientWidth"), "the chosen language fits in its select");
            await ScreenshotAsync(college, "workspace-order-issued");
        });
    }

    private static async Task ExpectKyrgyzAsync(IPage page, string text)
    {
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ky");
        await Expect(page.Locator("main")).ToContainTextAsync(text);
    }
}
