using WblPortal.Domain.Access;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.Documents;

/// <summary>Issue 13 (content): the agreement names each party's signatory "acting on the basis of the charter" without
/// declining a name, the learner signs (and a minor's representative under them), the college and the enterprise have a
/// place for the seal; the programme has "БЕКИТЕМИН / УТВЕРЖДАЮ" top right and "МАКУЛДАШЫЛДЫ / СОГЛАСОВАНО" for each
/// employer who took part. From PostgreSQL through the portal, read back with PdfPig.</summary>
public sealed class AgreementAndProgrammeSignaturesTests(PortalFactory factory) : IntegrationTest(factory)
{
    private static int Count(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    /// <summary>The text of the learner's (rightmost) signature column on the page holding the signatures: the three
    /// parties' columns sit side by side, so their words are read column by column, line by line from the top.</summary>
    private static string LearnerColumn(byte[] pdf)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var page = document.GetPages().Last(p => p.GetWords().Any(w => w.Text is "(подпись)" or "(колу)"));
        var words = page.GetWords().Where(w => w.BoundingBox.Left > page.Width * 0.675)
            .OrderByDescending(w => Math.Round(w.BoundingBox.Bottom)).ThenBy(w => w.BoundingBox.Left).Select(w => w.Text);
        return PdfPages.Normalize(string.Join(' ', words));
    }

    private async Task<(string Ky, string Ru, Domain.Colleges.College College, Domain.Employers.Employer Employer, Domain.Learners.Learner Learner)> MinorsAgreementAsync()
    {
        var college = await Data.CollegeAsync(c => c.DirectorName = "Асанов Марат Токтогулович");
        var employer = await Data.EmployerAsync(e => e.ContactPerson = "Бекова Айнура Ташиевна");
        var minor = await Data.LearnerAsync(college, configure: l => (l.DateOfBirth, l.RepresentativeName) = (new DateOnly(2010, 6, 1), "Осмонова Гүлзат"));
        var (_, placement, _) = await Data.SendingOrderAsync(college, employer, learners: [minor]);
        var agreement = await Data.AgreementAsync(placement, minor.Id);
        var admin = await SignInAsync(Roles.CollegeAdmin, college.Id);
        var ky = PdfPages.Normalize(await PdfPages.TextAsync(await admin.GetAsync($"/College/Documents/Agreement/{agreement.Id}?lang=ky")));
        var ru = PdfPages.Normalize(await PdfPages.TextAsync(await admin.GetAsync($"/College/Documents/Agreement/{agreement.Id}?lang=ru")));
        return (ky, ru, college, employer, minor);
    }

    [Fact]
    public async Task Agreement_InRussian_ActsOnTheBasisOfTheCharter_WithNamesInTheNominative()
    {
        var (_, ru, college, employer, _) = await MinorsAgreementAsync();

        Assert.Contains($"от его имени на основании устава действует директор {college.DirectorName}", ru);
        Assert.Contains($"от его имени на основании устава действует руководитель {employer.ContactPerson}", ru);
        // The old wording needed the genitive ("в лице директора Асанова М.Т."): it is gone, and no name is declined.
        Assert.DoesNotContain("в лице", ru);
        Assert.DoesNotContain("Асанова Марата", ru);
    }

    [Fact]
    public async Task Agreement_InKyrgyz_ActsOnTheBasisOfTheCharter()
    {
        var (ky, _, college, employer, _) = await MinorsAgreementAsync();

        Assert.Contains($"анын атынан уставдын негизинде директор {college.DirectorName} аракеттенет", ky);
        Assert.Contains($"анын атынан уставдын негизинде жетекчи {employer.ContactPerson} аракеттенет", ky);
    }

    [Fact]
    public async Task Agreement_LearnerAndMinorsRepresentativeBothSign_AndCollegeAndEnterpriseHaveASealPlace()
    {
        var (ky, ru, college, _, learner) = await MinorsAgreementAsync();
        var admin = await SignInAsync(Roles.CollegeAdmin, college.Id);
        await using var db = Factory.CreateDbContext();
        var id = db.Agreements.Single(a => a.LearnerId == learner.Id).Id;
        var ruColumn = LearnerColumn(await PdfPages.BytesAsync(await admin.GetAsync($"/College/Documents/Agreement/{id}?lang=ru")));
        var kyColumn = LearnerColumn(await PdfPages.BytesAsync(await admin.GetAsync($"/College/Documents/Agreement/{id}?lang=ky")));

        Assert.Equal(2, Count(ru, "М.П."));
        Assert.Equal(2, Count(ky, "М.О."));
        Assert.Contains($"Обучающийся {learner.FullName} (подпись)", ruColumn);
        Assert.Contains("Законный представитель Осмонова Гүлзат (подпись)", ruColumn);
        Assert.Contains($"Окуучу {learner.FullName} (колу)", kyColumn);
        Assert.Contains("Мыйзамдуу өкүлү Осмонова Гүлзат (колу)", kyColumn);
        Assert.DoesNotContain("М.П.", ruColumn); // the learner has no seal
    }

    [Fact]
    public async Task Agreement_OfAnAdult_HasNoRepresentativesSignature()
    {
        var college = await Data.CollegeAsync();
        var employer = await Data.EmployerAsync();
        var (_, placement, learners) = await Data.SendingOrderAsync(college, employer);
        var agreement = await Data.AgreementAsync(placement, learners[0].Id);
        var admin = await SignInAsync(Roles.CollegeAdmin, college.Id);

        var pdf = await PdfPages.BytesAsync(await admin.GetAsync($"/College/Documents/Agreement/{agreement.Id}?lang=ru"));

        Assert.Contains($"Обучающийся {learners[0].FullName} (подпись)", LearnerColumn(pdf));
        Assert.DoesNotContain("Законный представитель", PdfPages.Text(pdf));
    }

    [Theory]
    [InlineData("ky", "БЕКИТЕМИН", "МАКУЛДАШЫЛДЫ", "Жетекчи", "(колу, мөөрү)")]
    [InlineData("ru", "УТВЕРЖДАЮ", "СОГЛАСОВАНО", "Руководитель", "(подпись, печать)")]
    public async Task Programme_HasTheApprovalBlockTopRight_AndAnAgreementBlockPerEmployerWhoTookPart(string lang, string approve, string agreed, string head,
        string sealCaption)
    {
        var college = await Data.CollegeAsync(c => c.DirectorName = "Асанов Марат");
        var first = await Data.EmployerAsync(e => e.Name = "\"Агро-Токмок\" ЖЧК");
        var second = await Data.EmployerAsync(e => e.Name = "\"Ала-Тоо Курулуш\" ЖЧК");
        var programme = await Data.ProgrammeAsync(college, invited: [first, second]);
        var admin = await SignInAsync(Roles.CollegeAdmin, college.Id);

        var pdf = await PdfPages.BytesAsync(await admin.GetAsync($"/College/Documents/Programme/{programme.Id}?lang={lang}"));
        var text = PdfPages.Normalize(PdfPages.Text(pdf));

        Assert.Contains($"{approve} ", text);
        Assert.Contains("____________ Асанов Марат", text);
        Assert.Equal(2, Count(text, agreed));
        Assert.Contains($"{head} \"Агро-Токмок\" ЖЧК ____________ {sealCaption}", text);
        Assert.Contains($"{head} \"Ала-Тоо Курулуш\" ЖЧК ____________ {sealCaption}", text);
        // Top right: the approval title starts in the right half of the first page.
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var page = document.GetPage(1);
        var title = page.GetWords().First(w => w.Text == approve);
        Assert.True(title.BoundingBox.Left > page.Width / 2, $"{approve} starts at {title.BoundingBox.Left} of {page.Width}");
    }
}
