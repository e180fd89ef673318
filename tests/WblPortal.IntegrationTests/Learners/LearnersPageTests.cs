using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WblPortal.Domain.Access;
using WblPortal.Domain.Colleges;
using WblPortal.Domain.Common;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.Learners;

public sealed class LearnersPageTests(PortalFactory factory) : IntegrationTest(factory)
{
    private static readonly DateOnly AdultBirth = new(2004, 3, 15);

    private static Dictionary<string, string> Form(StudyGroup group, string pin, Action<Dictionary<string, string>>? change = null)
    {
        var form = new Dictionary<string, string>
        {
            ["GroupId"] = group.Id.ToString(), ["LastName"] = "Өмүрбекова", ["FirstName"] = "Айгүл", ["Patronymic"] = "Таалайбековна",
            ["Pin"] = pin, ["DateOfBirth"] = AdultBirth.ToString("yyyy-MM-dd"), ["Gender"] = "Female", ["HasSpecialNeeds"] = "false",
            ["Phone"] = "0700 123 456", ["Email"] = "aigul@example.kg",
        };
        change?.Invoke(form);
        return form;
    }

    [Fact]
    public async Task Get_Index_ListsOnlyOwnCollegesLearners()
    {
        var mine = await Data.CollegeAsync();
        await Data.LearnerAsync(mine, configure: l => l.LastName = "Өмүрзакова");
        await Data.LearnerAsync(await Data.CollegeAsync(), configure: l => l.LastName = "Башкаева");
        var client = await SignInAsync(Roles.CollegeStaff, mine.Id);

        var page = await client.GetDocumentAsync("/College/Learners");

        var text = page.QuerySelector("tbody")!.TextContent;
        Assert.Contains("Өмүрзакова", text);
        Assert.DoesNotContain("Башкаева", text);
    }

    [Fact]
    public async Task Get_IndexFilteredByGroup_ListsOnlyThatGroup()
    {
        var college = await Data.CollegeAsync();
        var first = await Data.GroupAsync(college);
        var second = await Data.GroupAsync(college);
        await Data.LearnerAsync(college, first, l => l.LastName = "Биринчиева");
        await Data.LearnerAsync(college, second, l => l.LastName = "Экинчиева");
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id);

        var page = await client.GetDocumentAsync($"/College/Learners?group={first.Id}");

        var row = Assert.Single(page.QuerySelectorAll("tbody tr"));
        Assert.Contains("Биринчиева", row.TextContent);
        Assert.Equal(first.Id.ToString(), page.QuerySelector("#list-group option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Get_IndexWithSearch_FindsKyrgyzLettersIgnoringCase()
    {
        var college = await Data.CollegeAsync();
        await Data.LearnerAsync(college, configure: l => (l.LastName, l.FirstName) = ("Үсөнбаева", "Гүлнур"));
        await Data.LearnerAsync(college, configure: l => (l.LastName, l.FirstName) = ("Асанова", "Айпери"));
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id);

        var page = await client.GetDocumentAsync("/College/Learners?q=" + Uri.EscapeDataString("үСӨНБАЕВА гүлн"));

        var row = Assert.Single(page.QuerySelectorAll("tbody tr"));
        Assert.Contains("Үсөнбаева Гүлнур", row.TextContent);
    }

    [Fact]
    public async Task Post_NewLearner_SavesAndShowsDetails()
    {
        var college = await Data.CollegeAsync();
        var group = await Data.GroupAsync(college);
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id);
        var pin = TestData.Pin(Gender.Female, AdultBirth);

        var response = await client.PostFormAsync("/College/Learners/Save", Form(group, pin));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = Factory.CreateDbContext();
        var saved = await db.Learners.SingleAsync();
        Assert.Equal((college.Id, group.Id, pin, AdultBirth, Gender.Female), (saved.CollegeId, saved.GroupId, saved.Pin, saved.DateOfBirth, saved.Gender));
        Assert.Equal("+996700123456", saved.Phone);
        var location = response.AssertRedirectsTo($"/College/Learners/Details/{saved.Id}");
        var details = await client.GetDocumentAsync(location);
        Assert.Equal(pin, details.QuerySelector("[data-testid=pin]")!.TextContent);
        Assert.Null(details.QuerySelector("[data-testid=pin-warning]"));
    }

    [Fact]
    public async Task Post_PinDisagreeingWithBirthDateAndGender_SavesAndWarnsAfterSave()
    {
        var college = await Data.CollegeAsync();
        var group = await Data.GroupAsync(college);
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id, culture: "en");
        var pin = TestData.Pin(Gender.Male, new DateOnly(2003, 1, 1));

        var response = await client.PostFormAsync("/College/Learners/Save", Form(group, pin));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var details = await client.GetDocumentAsync(response.Headers.Location!.OriginalString);
        var warning = details.QuerySelector("[data-testid=pin-warning]")!.TextContent;
        Assert.Contains("other gender", warning);
        Assert.Contains("differs from the date of birth", warning);
        await using var db = Factory.CreateDbContext();
        Assert.Equal(pin, (await db.Learners.SingleAsync()).Pin);
    }

    [Theory]
    [InlineData("ky-KG", "ПИН так 14 цифрадан турушу керек.")]
    [InlineData("ru-KG", "ПИН должен состоять ровно из 14 цифр.")]
    [InlineData("en", "The PIN must be exactly 14 digits.")]
    public async Task Post_PinOf13Digits_ShowsLocalizedErrorNextToFieldAndSavesNothing(string culture, string message)
    {
        var college = await Data.CollegeAsync();
        var group = await Data.GroupAsync(college);
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id, culture: culture);

        var response = await client.PostFormAsync("/College/Learners/Save", Form(group, "1150320041234"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(message, page.QuerySelector("[data-valmsg-for=Pin]")!.TextContent.Trim());
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.Learners.AnyAsync());
    }

    [Theory]
    [InlineData("ky-KG", "18 жашка толо элек окуучу үчүн толтуруу милдеттүү.")]
    [InlineData("ru-KG", "Обязательно для обучающегося младше 18 лет.")]
    public async Task Post_MinorWithoutRepresentative_ShowsLocalizedErrorsAndSavesNothing(string culture, string message)
    {
        var college = await Data.CollegeAsync();
        var group = await Data.GroupAsync(college);
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id, culture: culture);
        var birth = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-16);

        var response = await client.PostFormAsync("/College/Learners/Save",
            Form(group, TestData.Pin(Gender.Female, birth), f => f["DateOfBirth"] = birth.ToString("yyyy-MM-dd")));

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(message, page.QuerySelector("[data-valmsg-for=RepresentativeName]")!.TextContent.Trim());
        Assert.Equal(message, page.QuerySelector("[data-valmsg-for=RepresentativePhone]")!.TextContent.Trim());
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.Learners.AnyAsync());
    }

    [Fact]
    public async Task Post_MinorWithRepresentative_Saves()
    {
        var college = await Data.CollegeAsync();
        var group = await Data.GroupAsync(college);
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id);
        var birth = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-15);

        var response = await client.PostFormAsync("/College/Learners/Save", Form(group, TestData.Pin(Gender.Female, birth), f =>
        {
            f["DateOfBirth"] = birth.ToString("yyyy-MM-dd");
            f["RepresentativeName"] = "Өмүрбеков Таалай";
            f["RepresentativePhone"] = "+996 555 98 76 54";
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = Factory.CreateDbContext();
        Assert.Equal("+996555987654", (await db.Learners.SingleAsync()).RepresentativePhone);
    }

    [Theory]
    [InlineData(12)]
    [InlineData(81)]
    public async Task Post_ImplausibleAge_ShowsDateOfBirthError(int years)
    {
        var college = await Data.CollegeAsync();
        var group = await Data.GroupAsync(college);
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id, culture: "en");
        var birth = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-years).AddDays(-1);

        var response = await client.PostFormAsync("/College/Learners/Save", Form(group, TestData.Pin(Gender.Female, birth), f =>
        {
            f["DateOfBirth"] = birth.ToString("yyyy-MM-dd");
            f["RepresentativeName"] = "Р";
            f["RepresentativePhone"] = "0555123456";
        }));

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal("The date of birth must make the person between 13 and 80 years old.", page.QuerySelector("[data-valmsg-for=DateOfBirth]")!.TextContent.Trim());
    }

    [Fact]
    public async Task Post_PinRegisteredInAnotherCollege_IsRefused()
    {
        var other = await Data.CollegeAsync();
        var theirs = await Data.LearnerAsync(other);
        var college = await Data.CollegeAsync();
        var group = await Data.GroupAsync(college);
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id, culture: "en");

        var response = await client.PostFormAsync("/College/Learners/Save", Form(group, theirs.Pin));

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal("A learner with this PIN is already registered.", page.QuerySelector("[data-valmsg-for=Pin]")!.TextContent.Trim());
        await using var db = Factory.CreateDbContext();
        Assert.Equal(1, await db.Learners.CountAsync());
    }

    [Fact]
    public async Task Post_EditKeepingOwnPin_Saves()
    {
        var college = await Data.CollegeAsync();
        var learner = await Data.LearnerAsync(college);
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id);
        var group = new StudyGroup { Id = learner.GroupId, Name = "" };

        var response = await client.PostFormAsync("/College/Learners/Save", Form(group, learner.Pin, f =>
        {
            f["Id"] = learner.Id.ToString();
            f["Version"] = learner.Version.ToString();
            f["FirstName"] = "Жаңыгүл";
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = Factory.CreateDbContext();
        Assert.Equal("Жаңыгүл", (await db.Learners.SingleAsync()).FirstName);
    }

    [Fact]
    public async Task Post_OtherCollegesGroup_ShowsNotFoundNextToFieldAndSavesNothing()
    {
        var college = await Data.CollegeAsync();
        var theirGroup = await Data.GroupAsync(await Data.CollegeAsync());
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id);

        var response = await client.PostFormAsync("/College/Learners/Save", Form(theirGroup, TestData.Pin(Gender.Female, AdultBirth)));

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal("Тандалган нерсе жок же сизге жеткиликсиз.", page.QuerySelector("[data-valmsg-for=GroupId]")!.TextContent.Trim());
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.Learners.AnyAsync());
    }

    [Theory]
    [InlineData("Edit")]
    [InlineData("Details")]
    public async Task Get_OtherCollegesLearner_ReturnsNotFound(string action)
    {
        var theirs = await Data.LearnerAsync(await Data.CollegeAsync());
        var client = await SignInAsync(Roles.CollegeAdmin, (await Data.CollegeAsync()).Id);

        var response = await client.GetAsync($"/College/Learners/{action}/{theirs.Id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Post_EditOtherCollegesLearner_ReturnsNotFoundAndChangesNothing()
    {
        var theirs = await Data.LearnerAsync(await Data.CollegeAsync(), configure: l => l.LastName = "Өзгөрбөйт");
        var college = await Data.CollegeAsync();
        var myGroup = await Data.GroupAsync(college);
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id);

        var response = await client.PostFormAsync("/College/Learners/Save", Form(myGroup, theirs.Pin, f =>
        {
            f["Id"] = theirs.Id.ToString();
            f["Version"] = theirs.Version.ToString();
            f["LastName"] = "Бузулду";
        }));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await using var db = Factory.CreateDbContext();
        var unchanged = await db.Learners.SingleAsync();
        Assert.Equal(("Өзгөрбөйт", theirs.GroupId), (unchanged.LastName, unchanged.GroupId));
    }

    [Fact]
    public async Task Post_DeleteOtherCollegesLearner_ReturnsNotFoundAndKeepsIt()
    {
        var theirs = await Data.LearnerAsync(await Data.CollegeAsync());
        var client = await SignInAsync(Roles.CollegeAdmin, (await Data.CollegeAsync()).Id);

        var response = await client.PostFormAsync($"/College/Learners/Delete/{theirs.Id}", []);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await using var db = Factory.CreateDbContext();
        Assert.True(await db.Learners.AnyAsync(l => l.Id == theirs.Id));
    }

    [Fact]
    public async Task Post_DeleteOwnLearner_DeletesIt()
    {
        var college = await Data.CollegeAsync();
        var learner = await Data.LearnerAsync(college);
        var client = await SignInAsync(Roles.CollegeStaff, college.Id);

        var response = await client.PostFormAsync($"/College/Learners/Delete/{learner.Id}", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.Learners.AnyAsync());
    }

    [Fact]
    public async Task Post_DeleteAfterSomeoneElsesEdit_KeepsTheLearnerAndShowsTheCurrentRecord()
    {
        var college = await Data.CollegeAsync();
        var learner = await Data.LearnerAsync(college);
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id, culture: "en");
        await using (var db = Factory.CreateDbContext())
        {
            (await db.Learners.SingleAsync()).FirstName = "Өзгөртүлдү";
            await db.SaveChangesAsync();
        }

        var response = await client.PostFormAsync($"/College/Learners/Delete/{learner.Id}", new() { ["version"] = learner.Version.ToString() });

        var location = response.AssertRedirectsTo($"/College/Learners/Details/{learner.Id}");
        var details = await client.GetDocumentAsync(location);
        Assert.Contains("Someone else changed this record", details.QuerySelector("[role=status]")!.TextContent);
        await using var check = Factory.CreateDbContext();
        Assert.Equal("Өзгөртүлдү", (await check.Learners.SingleAsync()).FirstName);
    }

    [Fact]
    public async Task Post_StaleVersion_TellsSecondWriterAndKeepsFirstWritersChange()
    {
        var college = await Data.CollegeAsync();
        var learner = await Data.LearnerAsync(college, configure: l => l.FirstName = "Биринчи");
        var group = new StudyGroup { Id = learner.GroupId, Name = "" };
        var first = await SignInAsync(Roles.CollegeAdmin, college.Id, culture: "en");
        var second = await SignInAsync(Roles.CollegeStaff, college.Id, culture: "ky-KG");
        var stale = learner.Version.ToString();
        var firstResponse = await first.PostFormAsync("/College/Learners/Save", Form(group, learner.Pin, f =>
        {
            f["Id"] = learner.Id.ToString();
            f["Version"] = stale;
            f["FirstName"] = "Экинчи";
        }));
        Assert.Equal(HttpStatusCode.Redirect, firstResponse.StatusCode);

        var response = await second.PostFormAsync("/College/Learners/Save", Form(group, learner.Pin, f =>
        {
            f["Id"] = learner.Id.ToString();
            f["Version"] = stale;
            f["FirstName"] = "Үчүнчү";
        }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("Сиз өзгөртүп жатканда бул жазууну башка бирөө өзгөрттү", page.QuerySelector("[role=alert]")!.TextContent);
        Assert.Equal("Экинчи", page.QuerySelector("#FirstName")!.GetAttribute("value"));
        await using var db = Factory.CreateDbContext();
        Assert.Equal("Экинчи", (await db.Learners.SingleAsync()).FirstName);
    }

    [Theory]
    [InlineData(Roles.EmployerAdmin)]
    [InlineData(Roles.MinistryAnalyst)]
    [InlineData(Roles.Learner)]
    [InlineData(Roles.Mentor)]
    public async Task Get_Index_AsNonCollegeRole_IsForbidden(string role)
    {
        var client = await SignInAsync(role, (await Data.CollegeAsync()).Id);

        var response = await client.GetAsync("/College/Learners");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Get_Export_ReturnsXlsxOfTheFilteredGroup()
    {
        var college = await Data.CollegeAsync();
        var group = await Data.GroupAsync(college);
        await Data.LearnerAsync(college, group);
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id);

        var response = await client.GetAsync($"/College/Learners/Export?group={group.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Get_Index_IssuesBoundedNumberOfSqlCommands()
    {
        var college = await Data.CollegeAsync();
        var groups = new[] { await Data.GroupAsync(college), await Data.GroupAsync(college) };
        for (var i = 0; i < 30; i++)
        {
            await Data.LearnerAsync(college, groups[i % 2]);
        }

        var client = await SignInAsync(Roles.CollegeAdmin, college.Id);
        var counter = Factory.Services.GetRequiredService<SqlCommandCounter>();
        await client.GetAsync("/College/Learners");
        counter.Reset();

        var response = await client.GetAsync("/College/Learners?page=2&sort=group&desc=true&q=" + Uri.EscapeDataString("Өмүр"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.InRange(counter.Count, 1, 6);
    }
}
