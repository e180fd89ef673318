using WblPortal.Domain.Access;
using WblPortal.Domain.Diaries;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.Documents;

/// <summary>Issue 13 (content): the certificate states WBL completed only when every planned hour is done, and says what
/// is complete; the diary shows each entry's status and is signed by the curators who countersigned it. Rendered from
/// PostgreSQL data through the portal and read back with PdfPig.</summary>
public sealed class CertificateAndDiaryContentTests(PortalFactory factory) : IntegrationTest(factory)
{
    private async Task<string> CertificateAsync(DiarySetup s, string lang)
    {
        var college = await SignInAsync(Roles.CollegeStaff, s.College.Id);
        return PdfPages.Normalize(await PdfPages.TextAsync(await college.GetAsync($"/College/Learners/{s.Learner.Id}/Record/Certificate?lang={lang}")));
    }

    [Fact]
    public async Task Certificate_BelowPlannedHours_SaysWblIsNotCompleteWithTheShare_InKyAndRu()
    {
        var s = await Data.DiarySetupAsync();
        await Data.DiaryEntryAsync(s, new DateOnly(2026, 4, 2), DiaryEntryStatus.Approved, hours: 8);
        await Data.DiaryEntryAsync(s, new DateOnly(2026, 4, 6), DiaryEntryStatus.Countersigned, hours: 6);

        var ky = await CertificateAsync(s, "ky");
        var ru = await CertificateAsync(s, "ru");

        // 14 of 500 planned hours: 2,8 %.
        Assert.Contains("ЖОО толук аяктай элек: пландалган 500 сааттын 14 сааты аткарылды (2,8 %).", ky);
        Assert.DoesNotContain("өткөнүн тастыктайт", ky);
        Assert.Contains("Толук аткарыла элек:", ky);
        Assert.DoesNotContain("Толук аткарылган ЖОО формалары:", ky);
        Assert.Contains("ОРМ пройдено не полностью: выполнено 14 из 500 часов по плану (2,8 %).", ru);
        Assert.DoesNotContain("подтверждает, что обучающийся прошёл", ru);
        Assert.Contains("Пройдены не полностью:", ru);
    }

    [Fact]
    public async Task Certificate_WithNoHoursDone_NeverSaysWblWasPassed()
    {
        var s = await Data.DiarySetupAsync();
        await Data.DiaryEntryAsync(s, new DateOnly(2026, 4, 2), DiaryEntryStatus.Submitted, hours: 8);

        var ky = await CertificateAsync(s, "ky");
        var ru = await CertificateAsync(s, "ru");

        Assert.Contains("ЖОО боюнча аткарылган (бекитилген) саат азырынча жок.", ky);
        Assert.DoesNotContain("өткөнүн", ky);
        Assert.Contains("Выполненных (утверждённых) часов ОРМ пока нет.", ru);
        Assert.DoesNotContain("прошёл", ru);
    }

    [Fact]
    public async Task Certificate_WithEveryPlannedHourDone_ConfirmsWblAndNamesTheCompletedForm()
    {
        var s = await Data.DiarySetupAsync();
        await Data.ProgrammeLoadAsync(s.Placement, 16);
        await Data.DiaryEntryAsync(s, new DateOnly(2026, 4, 2), DiaryEntryStatus.Approved, hours: 8);
        await Data.DiaryEntryAsync(s, new DateOnly(2026, 4, 6), DiaryEntryStatus.Countersigned, hours: 8);

        var ky = await CertificateAsync(s, "ky");
        var ru = await CertificateAsync(s, "ru");

        Assert.Contains("Бул маалымкат төмөнкү окуучу жумуш ордунда окутуудан (ЖОО) өткөнүн тастыктайт.", ky);
        Assert.Contains("Толук аткарылган ЖОО формалары: Өндүрүштүк практика", ky);
        Assert.Contains("16 / 16 саат", ky);
        Assert.DoesNotContain("Толук аткарыла элек:", ky);
        Assert.Contains("Настоящая справка подтверждает, что обучающийся прошёл обучение на рабочем месте (ОРМ).", ru);
        Assert.Contains("Полностью пройденные формы ОРМ: Производственная практика", ru);
    }

    /// <summary>One entry in each state (each in its own week: an approved week takes no new entries); the countersigning
    /// user is the test's college admin "Асанова Айгүл", not the placement's curator.</summary>
    private async Task<DiarySetup> DiaryInEveryStateAsync()
    {
        var s = await Data.DiarySetupAsync();
        await Data.DiaryEntryAsync(s, new DateOnly(2026, 4, 2), DiaryEntryStatus.Countersigned, tasks: "Кол коюлган иш");
        await Data.DiaryEntryAsync(s, new DateOnly(2026, 4, 6), DiaryEntryStatus.Approved, tasks: "Бекитилген иш");
        await Data.DiaryEntryAsync(s, new DateOnly(2026, 4, 13), DiaryEntryStatus.Returned, tasks: "Кайтарылган иш");
        await Data.DiaryEntryAsync(s, new DateOnly(2026, 4, 20), DiaryEntryStatus.Submitted, tasks: "Жөнөтүлгөн иш");
        return s;
    }

    private async Task<string> CuratorOfAsync(DiarySetup s)
    {
        await using var db = Factory.CreateDbContext();
        return db.Placements.Where(p => p.Id == s.Placement.Id).Select(p => p.Curator!.FullName).Single();
    }

    [Fact]
    public async Task Diary_InKyrgyz_ShowsEachEntrysStatus_AndTheCuratorWhoCountersigned()
    {
        var s = await DiaryInEveryStateAsync();
        var client = await SignInAsync(Roles.CollegeStaff, s.College.Id);

        var text = PdfPages.Normalize(await PdfPages.TextAsync(await client.GetAsync($"/College/Diaries/Pdf/{s.Row.Id}?lang=ky")));

        Assert.Contains("Абалы", text);
        Assert.Contains("куратор кол койду: Асанова Айгүл, 02.03.2026", text);
        Assert.Contains("Бекитилди: Сыдыков Марат, 02.03.2026", text);
        Assert.Contains("Кайтарылды: «Тактаңыз»", text);
        Assert.Contains("Бекитиле элек", text);
        Assert.Contains("Куратор Асанова Айгүл", text);
        Assert.DoesNotContain(await CuratorOfAsync(s), text);
    }

    [Fact]
    public async Task Diary_InRussian_ShowsEachEntrysStatus_AndTheCuratorWhoCountersigned()
    {
        var s = await DiaryInEveryStateAsync();
        var client = await SignInAsync(Roles.CollegeStaff, s.College.Id);

        var text = PdfPages.Normalize(await PdfPages.TextAsync(await client.GetAsync($"/College/Diaries/Pdf/{s.Row.Id}?lang=ru")));

        Assert.Contains("Статус", text);
        Assert.Contains("заверено куратором: Асанова Айгүл, 02.03.2026", text);
        Assert.Contains("Утверждено: Сыдыков Марат, 02.03.2026", text);
        Assert.Contains("Возвращено: «Тактаңыз»", text);
        Assert.Contains("Не утверждено", text);
        Assert.DoesNotContain(await CuratorOfAsync(s), text);
    }

    [Fact]
    public async Task Diary_WithNothingCountersignedYet_PrintsThePlacementsCurator()
    {
        var s = await Data.DiarySetupAsync();
        await Data.DiaryEntryAsync(s, new DateOnly(2026, 4, 2), DiaryEntryStatus.Approved);
        var client = await SignInAsync(Roles.CollegeStaff, s.College.Id);

        var text = PdfPages.Normalize(await PdfPages.TextAsync(await client.GetAsync($"/College/Diaries/Pdf/{s.Row.Id}?lang=ky")));

        Assert.Contains($"Куратор {await CuratorOfAsync(s)}", text);
        Assert.DoesNotContain("куратор кол койду", text);
    }
}
