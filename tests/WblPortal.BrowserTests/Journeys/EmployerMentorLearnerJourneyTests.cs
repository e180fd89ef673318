using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Npgsql;
using WblPortal.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace WblPortal.BrowserTests.Journeys;

/// <summary>Issue 4's "done when", tried as new users would in real browsers (one context per person): the college
/// proposes a placement of the demo learner to the demo employer; the employer confirms it, appoints the demo mentor
/// by an enterprise order and records the safety induction; the learner acknowledges it, drafts a week and submits it;
/// the mentor approves the week on a phone in two taps; after the placement is completed the curator and the mentor
/// score the outcomes independently and reconcile (the curator proposes, the mentor confirms); the learner acknowledges
/// the final assessment.</summary>
public sealed class EmployerMentorLearnerJourneyTests(PortalServer server) : BrowserTest(server)
{
    // The demo learner is in a running placement until 18.12.2026 (DemoWorkspace); the demo college's approved
    // programmes are for 2026–2027, so a June 2027 placement is free for the learner and inside the programme's year.
    // The diary refuses a day that has not come yet, so the portal's clock stands on 05.07.2027 (Bishkek) for the whole
    // journey: the placement lies in the past, still in the academic year 2026–2027, whatever the day the test runs.
    // Every date is typed as the Kyrgyz UI shows it, dd.MM.yyyy, into the portal's text date fields.
    private static readonly DateTime PortalNow = new(2027, 7, 5, 9, 0, 0);
    private const string DemoEmployer = "\"Агро-Токмок\" ЖЧК";
    private const string ProductionPractice = "15";
    private const string Start = "07.06.2027"; // a Monday
    private const string End = "02.07.2027";
    private static readonly string[] WeekDays = ["07.06.2027", "08.06.2027", "09.06.2027", "10.06.2027", "11.06.2027"];
    private const string WeekStart = "20270607";

    [Fact]
    public async Task Employer_AppointsMentor_RecordsInduction_LearnerWritesWeek_MentorApprovesOnPhone_AssessmentReconciled_LearnerAcknowledges()
    {
        Server.Clock.SetBishkekTime(PortalNow);
        try
        {
            await JourneyAsync();
        }
        finally
        {
            Server.Clock.Reset();
        }
    }

    private async Task JourneyAsync()
    {
        var watch = Stopwatch.StartNew();
        var (learnerId, groupName, specialtyCode) = await DemoLearnerAsync();
        var mentorId = await DemoMentorIdAsync();

        // 0. The college proposes a placement of the demo learner to the demo employer.
        var college = await NewPageAsync();
        string placementId = "";
        await WithScreenshotOnFailureAsync(college, "emlj-college-propose", async () =>
        {
            await SignInAsync(college, "college.admin@wbl.kg");
            await college.GotoAsync("/College/Placements/Create");
            await ExpectKyrgyzAsync(college, "Жаңы практика");
            var programme = college.Locator("#ProgrammeId option").Filter(new() { HasTextRegex = new Regex($"^{Regex.Escape(specialtyCode)} .*\\(2026–2027\\)") });
            await college.Locator("#ProgrammeId").SelectOptionAsync(await programme.First.GetAttributeAsync("value") ?? "");
            await college.Locator("#FormId").SelectOptionAsync(ProductionPractice);
            await college.Locator("#EmployerId").SelectOptionAsync(new SelectOptionValue { Label = DemoEmployer });
            await college.Locator("#Site").FillAsync("Негизги өндүрүштүк участок");
            await Expect(college.Locator("#StartDate")).ToHaveAttributeAsync("placeholder", "кк.аа.жжжж");
            await college.Locator("#StartDate").FillAsync(Start);
            await college.Locator("#EndDate").FillAsync(End);
            await college.Locator("#RequestedCount").FillAsync("1");
            await college.Locator("#CuratorId").SelectOptionAsync(new SelectOptionValue { Index = 1 });
            var box = college.Locator($"#learner-{learnerId}");
            var group = college.Locator("details", new() { Has = box });
            await Expect(group.Locator("summary")).ToContainTextAsync(groupName);
            if (!await box.IsVisibleAsync())
            {
                await group.Locator("summary").ClickAsync();
            }

            await box.CheckAsync();
            await college.Locator("form[data-placement-form] button[type=submit]").ClickAsync();
            await Expect(college).ToHaveURLAsync(new Regex("/College/Placements/Details/", RegexOptions.IgnoreCase));
            await Expect(college.Locator("#placement-learners li")).ToHaveCountAsync(1);
            await Expect(college.Locator("[data-testid=placement-dates]")).ToHaveTextAsync($"{Start}–{End}"); // saved as typed
            placementId = new Uri(college.Url).AbsolutePath.Split('/').Last();
            await college.Locator("main form[action$='/Propose'] button[type=submit]").ClickAsync();
            await Expect(college.Locator("#placement-status")).ToHaveAttributeAsync("data-status", "Proposed");
        });

        // 1. The employer confirms the proposal from its inbox and appoints the demo mentor by an enterprise order.
        var employer = await NewPageAsync();
        await WithScreenshotOnFailureAsync(employer, "emlj-employer-confirm-appoint", async () =>
        {
            await SignInAsync(employer, "employer@wbl.kg");
            await employer.GotoAsync("/Employer/Placements?status=Proposed");
            await ExpectKyrgyzAsync(employer, "Сунушталды");
            await employer.Locator($"main a[href$='/Employer/Placements/Details/{placementId}']").ClickAsync();
            await Expect(employer.Locator("#placement-status")).ToHaveTextAsync("Сунушталды");
            await Expect(employer.Locator("#learner-count")).ToHaveTextAsync("1");
            await employer.Locator("main form[action$='/Confirm'] button[type=submit]").ClickAsync();
            await Expect(employer.Locator("#placement-status")).ToHaveTextAsync("Ырасталды");

            await employer.Locator("[data-testid=appoint-mentor]").ClickAsync();
            await Expect(employer).ToHaveURLAsync(new Regex("/Employer/EnterpriseOrders/Appoint", RegexOptions.IgnoreCase));
            var candidate = employer.Locator($"[data-testid=candidate][data-mentor='{mentorId}']");
            await candidate.Locator("input[type=radio]").CheckAsync();
            if (await candidate.GetAttributeAsync("data-gaps") != "0")
            {
                await employer.Locator("#AcknowledgeGaps").CheckAsync();
            }

            await employer.Locator("#OrderNumber").FillAsync("14-к");
            // The order carries its real date: the form refuses one more than a month ahead, so it is dated the portal's today.
            await Expect(employer.Locator("#OrderDate")).ToHaveAttributeAsync("placeholder", "кк.аа.жжжж");
            await employer.Locator("#OrderDate").FillAsync(PortalNow.ToString("dd.MM.yyyy"));
            await employer.Locator("#HeadName").FillAsync("Бакыт Жээнбеков");
            await employer.Locator("#HeadPosition").FillAsync("Директор");
            await employer.Locator("#Basis").FillAsync("Колледж менен түзүлгөн үч тараптуу келишим");
            await employer.Locator("main form[action$='/Appoint'] button[type=submit]").ClickAsync();
            await Expect(employer).Not.ToHaveURLAsync(new Regex("/Appoint", RegexOptions.IgnoreCase));
            await employer.GotoAsync($"/Employer/Placements/Details/{placementId}");
            await Expect(employer.Locator("#placement-status")).ToHaveAttributeAsync("data-status", "MentorAssigned");
            await Expect(employer.Locator("[data-testid=enterprise-order]")).ToContainTextAsync("14-к");
        });

        // 2. The college starts the placement; the employer records the safety induction.
        await WithScreenshotOnFailureAsync(college, "emlj-college-start", async () =>
        {
            await college.ReloadAsync();
            await Expect(college.Locator("#placement-status")).ToHaveAttributeAsync("data-status", "MentorAssigned");
            await college.Locator("main form[action$='/Start'] button[type=submit]").ClickAsync();
            await Expect(college.Locator("#placement-status")).ToHaveAttributeAsync("data-status", "InProgress");
        });

        string diaryId = "";
        await WithScreenshotOnFailureAsync(employer, "emlj-employer-induction", async () =>
        {
            await employer.Locator("[data-testid=placement-diaries]").ClickAsync();
            await Expect(employer.Locator("[data-testid=diary-row]")).ToHaveCountAsync(1);
            await employer.Locator("[data-testid=diary-row] a").First.ClickAsync();
            await Expect(employer).ToHaveURLAsync(new Regex("/Employer/Diaries/Learner/", RegexOptions.IgnoreCase));
            diaryId = new Uri(employer.Url).AbsolutePath.Split('/').Last();
            await Expect(employer.Locator("[data-testid=induction-none]")).ToBeVisibleAsync();
            await employer.Locator("[data-testid=record-induction]").ClickAsync();
            foreach (var topic in new[] { "Charter", "InternalRules", "Sanitary", "FireSafety", "LabourProtection" })
            {
                await employer.Locator($"#topic-{topic}").CheckAsync();
            }

            await employer.Locator("#induction-date").FillAsync(Start);
            await employer.Locator("#induction-name").FillAsync("Азамат Осмонов");
            await employer.Locator("#induction-position").FillAsync("Эмгекти коргоо боюнча инженер");
            await employer.Locator("main form button[type=submit]").ClickAsync();
            await Expect(employer).ToHaveURLAsync(new Regex($"/Employer/Diaries/Learner/{diaryId}", RegexOptions.IgnoreCase));
            await Expect(employer.Locator("[data-testid=induction-date]")).ToHaveTextAsync("07.06.2027");
        });

        // 3. The learner acknowledges the induction, drafts the first week day by day and submits it.
        var learner = await NewPageAsync();
        await WithScreenshotOnFailureAsync(learner, "emlj-learner-week", async () =>
        {
            await SignInAsync(learner, "learner@wbl.kg");
            await learner.GotoAsync($"/Learner/Diaries?placementId={placementId}"); // the learner's list, narrowed: it pages after 20 diaries
            await ExpectKyrgyzAsync(learner, DemoEmployer);
            await learner.Locator($"main a[href$='/Learner/Diaries/Learner/{diaryId}']").First.ClickAsync();
            await Expect(learner.Locator("[data-testid=induction-date]")).ToHaveTextAsync("07.06.2027");
            await learner.Locator("[data-testid=induction] [data-testid=acknowledge]").ClickAsync();
            await Expect(learner.Locator("[data-testid=induction] [data-testid=acknowledge]")).ToHaveCountAsync(0);
            await Expect(learner.Locator("[data-testid=induction-ack]")).ToContainTextAsync(new Regex("[0-9]{2}\\.[0-9]{2}\\.[0-9]{4}"));

            foreach (var (day, i) in WeekDays.Select((d, i) => (d, i)))
            {
                await learner.Locator("[data-testid=new-entry]").ClickAsync();
                await Expect(learner).ToHaveURLAsync(new Regex("/Learner/Diaries/Entry/", RegexOptions.IgnoreCase));
                await learner.Locator("#entry-date").FillAsync(day);
                await learner.Locator("#entry-hours").FillAsync("6");
                await learner.Locator("#entry-tasks").FillAsync($"{i + 1}-күн: насаатчынын көзөмөлү астында талаа иштерине катыштым, техниканы тейледим");
                await learner.Locator("main form button[type=submit]:not([name])").First.ClickAsync(); // saved as a draft
                await Expect(learner).ToHaveURLAsync(new Regex($"/Learner/Diaries/Learner/{diaryId}", RegexOptions.IgnoreCase));
                await Expect(learner.Locator("[data-testid=entry-status][data-status=Draft]")).ToHaveCountAsync(i + 1);
            }

            var week = learner.Locator("[data-testid=week][data-week='2027-06-07']");
            await Expect(week.Locator("[data-testid=entry]")).ToHaveCountAsync(WeekDays.Length);
            for (var left = WeekDays.Length; left > 0; left--)
            {
                await week.Locator("[data-testid=submit-entry]").First.ClickAsync();
                await Expect(week.Locator("[data-testid=entry-status][data-status=Draft]")).ToHaveCountAsync(left - 1);
            }

            await Expect(week.Locator("[data-testid=entry-status][data-status=Submitted]")).ToHaveCountAsync(WeekDays.Length);
            await Expect(learner.Locator("[data-testid=hours-pending]")).ToHaveTextAsync("30");
        });

        // 4. The mentor, on a phone, approves the pending week in two taps.
        var mentor = await NewPhonePageAsync();
        await WithScreenshotOnFailureAsync(mentor, "emlj-mentor-phone-approve", async () =>
        {
            await SignInAsync(mentor, "mentor@wbl.kg");
            await mentor.GotoAsync("/Mentor/Diaries");
            await ExpectKyrgyzAsync(mentor, "Бекитүүңүздү күткөн жумалар");
            var confirm = $"confirm-{Guid.Parse(diaryId):N}-{WeekStart}";
            var pendingWeek = mentor.Locator("[data-testid=pending-week]", new() { Has = mentor.Locator($"#{confirm}") });
            await Expect(pendingWeek.Locator("[data-testid=pending-summary]")).ToContainTextAsync("30");
            await ScreenshotAsync(mentor, "mentor-pending-375");
            await ExpectFitsPhoneAsync(mentor);
            await pendingWeek.Locator($"button[data-bs-target='#{confirm}']").TapAsync(); // tap 1: approve the week
            var approve = mentor.Locator($"#{confirm} button[type=submit]");
            await Expect(approve).ToBeVisibleAsync();
            await approve.TapAsync(); // tap 2: confirm "5 entries, 30 hours"
            await Expect(mentor).ToHaveURLAsync(new Regex("/Mentor/Diaries/?$", RegexOptions.IgnoreCase));
            await Expect(mentor.Locator($"#{confirm}")).ToHaveCountAsync(0);

            await mentor.GotoAsync($"/Mentor/Diaries/Learner/{diaryId}");
            var week = mentor.Locator("[data-testid=week][data-week='2027-06-07']");
            await Expect(week.Locator("[data-testid=entry-status][data-status=Approved]")).ToHaveCountAsync(WeekDays.Length);
            await Expect(week.Locator("[data-testid=entry-status]").First).ToHaveTextAsync("Бекитилди");
            await ExpectFitsPhoneAsync(mentor);
        });

        await WithScreenshotOnFailureAsync(learner, "emlj-learner-approved", async () =>
        {
            await learner.ReloadAsync();
            await Expect(learner.Locator("[data-testid=week][data-week='2027-06-07'] [data-testid=entry-status][data-status=Approved]")).ToHaveCountAsync(WeekDays.Length);
            await Expect(learner.Locator("[data-testid=hours-done]")).ToHaveTextAsync("30");
        });

        // 5. The placement is completed; the curator and the mentor score independently and reconcile.
        await WithScreenshotOnFailureAsync(college, "emlj-college-complete", async () =>
        {
            await college.ReloadAsync();
            await college.Locator("main form[action$='/Complete'] button[type=submit]").ClickAsync();
            await Expect(college.Locator("#placement-status")).ToHaveAttributeAsync("data-status", "Completed");
        });

        var curator = await NewPageAsync();
        string assessmentId = "";
        await WithScreenshotOnFailureAsync(curator, "emlj-curator-score", async () =>
        {
            await SignInAsync(curator, "curator@wbl.kg");
            await curator.GotoAsync($"/College/Assessments?placement={placementId}");
            var rows = curator.Locator("[data-testid=assessments] tbody tr");
            await Expect(rows).ToHaveCountAsync(1);
            await rows.Locator("form[action*='/Start'] button[type=submit]").ClickAsync();
            await Expect(curator).ToHaveURLAsync(new Regex("/College/Assessments/Details/", RegexOptions.IgnoreCase));
            assessmentId = new Uri(curator.Url).AbsolutePath.Split('/').Last();
            await Expect(curator.Locator("#assessment-status")).ToHaveAttributeAsync("data-status", "Scoring");
            await ScoreAsync(curator, partlyFirst: false, "Окуучу программанын натыйжаларына толук жетишти");
            await Expect(curator.Locator("#assessment-status")).ToHaveAttributeAsync("data-status", "Scoring");
            await Expect(curator.Locator("[data-testid=score-form]")).ToContainTextAsync("Экинчи тарапты күтүүдө"); // waits for the mentor
        });

        await WithScreenshotOnFailureAsync(mentor, "emlj-mentor-score", async () =>
        {
            await mentor.GotoAsync($"/Mentor/Assessments?placement={placementId}");
            await mentor.Locator($"main a[href$='/Mentor/Assessments/Details/{assessmentId}']").ClickAsync();
            await Expect(mentor.Locator("#assessment-status")).ToHaveAttributeAsync("data-status", "Scoring");
            await ExpectFitsPhoneAsync(mentor); // the score form fits the phone
            await ScoreAsync(mentor, partlyFirst: true, "Иш тартибин сактады, тапшырмаларды өз убагында аткарды");
            await Expect(mentor.Locator("#assessment-status")).ToHaveAttributeAsync("data-status", "Reconciling");
            await Expect(mentor.Locator("[data-testid=compare] tr[data-differs=true]")).ToHaveCountAsync(1);
        });

        await WithScreenshotOnFailureAsync(curator, "emlj-curator-propose", async () =>
        {
            await curator.ReloadAsync();
            await Expect(curator.Locator("#assessment-status")).ToHaveAttributeAsync("data-status", "Reconciling");
            var finals = curator.Locator("[data-testid=propose-form] select[id^='final-']:not(#final-grade)");
            for (var i = 0; i < await finals.CountAsync(); i++)
            {
                await finals.Nth(i).SelectOptionAsync("Achieved");
            }

            if (await curator.Locator("#final-grade").CountAsync() > 0)
            {
                await curator.Locator("#final-grade").SelectOptionAsync("5");
            }

            await curator.Locator("#final-comment").FillAsync("Насаатчы менен макулдашылды: бардык натыйжаларга жетишти");
            await curator.Locator("[data-testid=propose-form] button[type=submit]").ClickAsync();
            await Expect(curator.Locator("#assessment-status")).ToHaveAttributeAsync("data-status", "FinalProposed");
        });

        await WithScreenshotOnFailureAsync(mentor, "emlj-mentor-confirm", async () =>
        {
            await mentor.ReloadAsync();
            await Expect(mentor.Locator("#assessment-status")).ToHaveAttributeAsync("data-status", "FinalProposed");
            await mentor.Locator("[data-testid=final] [data-testid=confirm]").TapAsync();
            await Expect(mentor.Locator("#assessment-status")).ToHaveAttributeAsync("data-status", "Final");
            await ExpectFitsPhoneAsync(mentor);
            await ScreenshotAsync(mentor, "mentor-assessment-final-375");
        });

        // 6. The learner sees the final assessment and acknowledges it.
        await WithScreenshotOnFailureAsync(learner, "emlj-learner-acknowledge", async () =>
        {
            await learner.GotoAsync("/Learner/Assessments");
            await learner.Locator($"main a[href$='/Learner/Assessments/Details/{assessmentId}']").ClickAsync();
            await Expect(learner.Locator("#assessment-status")).ToHaveAttributeAsync("data-status", "Final");
            await ExpectKyrgyzAsync(learner, "Насаатчы менен макулдашылды");
            await Expect(learner.Locator("[data-testid=compare] td[data-party=final]")).Not.ToHaveCountAsync(0);
            await learner.Locator("[data-testid=acknowledgement] [data-testid=acknowledge]").ClickAsync();
            await Expect(learner.Locator("[data-testid=acknowledgement] [data-testid=acknowledge]")).ToHaveCountAsync(0);
            await Expect(learner.Locator("[data-testid=acknowledgement]")).ToContainTextAsync("таанышты");
            await Expect(learner.Locator("[data-testid=disagreement]")).ToHaveCountAsync(0);
            await learner.GotoAsync("/Learner/Assessments");
            await Expect(learner.Locator($"main a[href$='/Learner/Assessments/Details/{assessmentId}'] .badge.text-bg-success")).ToBeVisibleAsync();
        });

        Console.WriteLine($"Employer–mentor–learner journey: {watch.Elapsed.TotalSeconds:0} s");
    }

    /// <summary>Scores every outcome as achieved (the first one partly, with a comment, when <paramref name="partlyFirst"/>).</summary>
    private static async Task ScoreAsync(IPage page, bool partlyFirst, string comment)
    {
        var form = page.Locator("[data-testid=score-form]");
        var items = form.Locator("fieldset");
        var count = await items.CountAsync();
        Assert.True(count > 0, "the programme has outcomes to score");
        for (var i = 0; i < count; i++)
        {
            var level = partlyFirst && i == 0
                ? (await page.Locator($"#score-{i}-PartlyAchieved").CountAsync() > 0 ? "PartlyAchieved" : "NotAchieved")
                : "Achieved";
            await page.Locator($"label[for='score-{i}-{level}']").ClickAsync();
            await page.Locator($"#score-comment-{i}").FillAsync(level == "Achieved" ? "" : "Өз алдынча аткарууда насаатчынын жардамы керек болду");
        }

        await page.Locator("#score-comment").FillAsync(comment);
        await form.Locator("button[type=submit]").ClickAsync();
    }

    /// <summary>For the two look-ups of the demo accounts' ids: unpooled, so that no idle connection stays on the
    /// portal's database when the fixture drops it.</summary>
    private string LookupConnectionString => new NpgsqlConnectionStringBuilder(Server.ConnectionString) { Pooling = false }.ConnectionString;

    private async Task<(Guid LearnerId, string GroupName, string SpecialtyCode)> DemoLearnerAsync()
    {
        await using var connection = new NpgsqlConnection(LookupConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            select l.id, g.name, s.code from "AspNetUsers" u
            join learners l on l.id = u.learner_id join study_groups g on g.id = l.group_id join specialties s on s.id = g.specialty_id
            where u.normalized_email = 'LEARNER@WBL.KG'
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), "the demo learner account exists");
        return (reader.GetGuid(0), reader.GetString(1), reader.GetString(2));
    }

    private async Task<Guid> DemoMentorIdAsync()
    {
        await using var connection = new NpgsqlConnection(LookupConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""select mentor_id from "AspNetUsers" where normalized_email = 'MENTOR@WBL.KG'""", connection);
        return (Guid)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>The page does not scroll sideways on the 375 px phone; when it does, the message names the elements that
    /// stick out.</summary>
    private static async Task ExpectFitsPhoneAsync(IPage page)
    {
        // One pixel more is the rounding of fractional layout on the 2× mobile screen (no element then sticks out by
        // more than half a pixel); more than that is a real sideways scroll.
        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        if (width > 376)
        {
            var offenders = await page.EvaluateAsync<string>(
                """
                () => [...document.querySelectorAll('body *')]
                    .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
                    .slice(0, 8)
                    .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + [...e.classList].join('.') + ' right=' + e.getBoundingClientRect().right)
                    .join('; ')
                """);
            Assert.Fail($"{page.Url} is {width} px wide on a 375 px phone: {offenders}");
        }
    }

    private static async Task ExpectKyrgyzAsync(IPage page, string text)
    {
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ky");
        await Expect(page.Locator("main")).ToContainTextAsync(text);
    }
}
