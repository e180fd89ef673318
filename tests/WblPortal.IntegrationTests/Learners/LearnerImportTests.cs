using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WblPortal.Domain.Access;
using WblPortal.Domain.Common;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.Learners;

public sealed class LearnerImportTests(PortalFactory factory) : IntegrationTest(factory)
{
    /// <summary>Uploads a file through the import page's form, with its antiforgery token.</summary>
    private static async Task<HttpResponseMessage> UploadAsync(PortalClient client, byte[] file, string fileName = "learners.csv")
    {
        var form = await client.GetDocumentAsync("/College/Learners/Import");
        var token = form.QuerySelector("form[enctype='multipart/form-data'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new MultipartFormDataContent();
        var fileContent = new ByteArrayContent(file);
        fileContent.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(fileContent, "file", fileName);
        content.Add(new StringContent(token), "__RequestVerificationToken");
        return await client.Http.PostAsync("/College/Learners/Import", content);
    }

    private static List<(string Row, string Column, string Message)> Errors(IHtmlDocument page) =>
        page.QuerySelectorAll("[data-testid=import-errors] tbody tr")
            .Select(tr => tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray())
            .Select(td => (td[0], td[1], td[2]))
            .ToList();

    [Fact]
    public async Task Post_ValidFile_SavesEveryRowInItsGroup()
    {
        var college = await Data.CollegeAsync();
        var first = await Data.GroupAsync(college, configure: g => g.Name = "ПО-1-25");
        var second = await Data.GroupAsync(college, configure: g => g.Name = "Өң-2-24");
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id, culture: "en");
        var minorBirth = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-16);
        var file = TestData.ImportFile(
        [
            TestData.LearnerRow("ПО-1-25", r => (r.LastName, r.FirstName, r.Patronymic, r.Phone) = ("Үсөнова", "Гүлнара", "Бакытовна", "0555 12 34 56")),
            TestData.LearnerRow("өң-2-24", r => (r.LastName, r.Gender, r.Pin) = ("Асанов", "Э", TestData.Pin(Gender.Male, new DateOnly(2004, 3, 15)))),
            TestData.LearnerRow("ПО-1-25", r =>
            {
                r.DateOfBirth = minorBirth.ToString("dd.MM.yyyy");
                r.Pin = TestData.Pin(Gender.Female, minorBirth);
                (r.Gender, r.SpecialNeeds, r.SpecialNeedsNote) = ("Ж", "ооба", "Көрүү боюнча");
                (r.RepresentativeName, r.RepresentativePhone) = ("Үсөнов Бакыт", "+996 700 11 22 33");
            }),
        ]);

        var response = await UploadAsync(client, file);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal("3 learners imported.", page.QuerySelector("[data-testid=import-done]")!.TextContent.Trim());
        await using var db = Factory.CreateDbContext();
        var learners = await db.Learners.OrderBy(l => l.LastName).ToListAsync();
        Assert.Equal(3, learners.Count);
        Assert.All(learners, l => Assert.Equal(college.Id, l.CollegeId));
        Assert.Equal((second.Id, Gender.Male), (learners[0].GroupId, learners[0].Gender));
        Assert.Equal(("Гүлнара", "+996555123456", first.Id), (learners[2].FirstName, learners[2].Phone, learners[2].GroupId));
        var minor = learners[1];
        Assert.Equal((true, "Көрүү боюнча", "+996700112233"), (minor.HasSpecialNeeds, minor.SpecialNeedsNote, minor.RepresentativePhone));
    }

    [Fact]
    public async Task Post_FileWithBadPinInRow3_SavesNothingAndReportsRowAndColumn()
    {
        var college = await Data.CollegeAsync();
        await Data.GroupAsync(college, configure: g => g.Name = "ПО-1");
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id, culture: "en");
        // Row 1 is the header, so the second learner is row 3, as a spreadsheet shows it.
        var file = TestData.ImportFile(
        [
            TestData.LearnerRow("ПО-1"),
            TestData.LearnerRow("ПО-1", r => r.Pin = "1503200412A45"),
            TestData.LearnerRow("ПО-1"),
        ]);

        var response = await UploadAsync(client, file);

        var page = await PortalClient.ParseAsync(response);
        var error = Assert.Single(Errors(page));
        Assert.Equal(("3", "PIN", "The PIN must be exactly 14 digits."), error);
        Assert.Null(page.QuerySelector("[data-testid=import-done]"));
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.Learners.AnyAsync());
    }

    [Fact]
    public async Task Post_FileWithErrors_ReportsThemInKyrgyzAndAsDownloadableCsv()
    {
        var college = await Data.CollegeAsync();
        await Data.GroupAsync(college, configure: g => g.Name = "ПО-1");
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id);
        var file = TestData.ImportFile(
        [
            TestData.LearnerRow("ПО-1", r => r.DateOfBirth = "2004-03-15"),
            TestData.LearnerRow("Жок-топ", r => r.Gender = "X"),
        ]);

        var response = await UploadAsync(client, file);

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(
        [
            ("2", "Туулган күнү", "Күндү dd.MM.yyyy түрүндө жазыңыз, мисалы 01.05.2007."),
            ("3", "Жынысы", "F же M жазыңыз (же А/Э, Ж/М)."),
            ("3", "Топ", "Колледжиңизде мындай аталыштагы окуу тобу жок."),
        ], Errors(page));

        var report = page.QuerySelector("input[name=report]")!.GetAttribute("value")!;
        var download = await client.PostFormAsync("/College/Learners/ImportReport", new() { ["report"] = report }, "/College/Learners/Import");
        Assert.Equal("text/csv", download.Content.Headers.ContentType!.MediaType);
        var text = Encoding.UTF8.GetString(await download.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        Assert.StartsWith("Сап,Тилке,Көйгөй\r\n2,Туулган күнү,", text);
    }

    [Fact]
    public async Task Post_DuplicatePinInFile_SavesNothingAndNamesTheFirstRow()
    {
        var college = await Data.CollegeAsync();
        await Data.GroupAsync(college, configure: g => g.Name = "ПО-1");
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id, culture: "ru-KG");
        var pin = TestData.Pin(Gender.Female, new DateOnly(2004, 3, 15));
        var file = TestData.ImportFile([TestData.LearnerRow("ПО-1", r => r.Pin = pin), TestData.LearnerRow("ПО-1"), TestData.LearnerRow("ПО-1", r => r.Pin = pin)]);

        var response = await UploadAsync(client, file);

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(("4", "ПИН", "Этот ПИН уже есть в строке 2 файла."), Assert.Single(Errors(page)));
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.Learners.AnyAsync());
    }

    [Fact]
    public async Task Post_PinRegisteredInAnotherCollege_SavesNothing()
    {
        var theirs = await Data.LearnerAsync(await Data.CollegeAsync());
        var college = await Data.CollegeAsync();
        await Data.GroupAsync(college, configure: g => g.Name = "ПО-1");
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id, culture: "en");
        var file = TestData.ImportFile([TestData.LearnerRow("ПО-1"), TestData.LearnerRow("ПО-1", r => r.Pin = theirs.Pin)]);

        var response = await UploadAsync(client, file);

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(("3", "PIN", "A learner with this PIN is already registered."), Assert.Single(Errors(page)));
        await using var db = Factory.CreateDbContext();
        Assert.Equal(1, await db.Learners.CountAsync());
    }

    [Fact]
    public async Task Post_OtherCollegesGroupName_IsNotFound()
    {
        await Data.GroupAsync(await Data.CollegeAsync(), configure: g => g.Name = "Башка-1");
        var college = await Data.CollegeAsync();
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id, culture: "en");

        var response = await UploadAsync(client, TestData.ImportFile([TestData.LearnerRow("Башка-1")]));

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(("2", "Group", "Your college has no study group with this name."), Assert.Single(Errors(page)));
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.Learners.AnyAsync());
    }

    [Fact]
    public async Task Post_MinorWithoutRepresentative_ReportsBothColumns()
    {
        var college = await Data.CollegeAsync();
        await Data.GroupAsync(college, configure: g => g.Name = "ПО-1");
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id, culture: "en");
        var birth = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-15);

        var response = await UploadAsync(client, TestData.ImportFile([TestData.LearnerRow("ПО-1", r =>
        {
            r.DateOfBirth = birth.ToString("dd.MM.yyyy");
            r.Pin = TestData.Pin(Gender.Female, birth);
        })]));

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(
        [
            ("2", "Representative's full name", "Required for a learner under 18."),
            ("2", "Representative's phone", "Required for a learner under 18."),
        ], Errors(page));
    }

    [Fact]
    public async Task Post_SemicolonSeparatedFileWithByteOrderMark_IsRead()
    {
        var college = await Data.CollegeAsync();
        await Data.GroupAsync(college, configure: g => g.Name = "ПО-1");
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id, culture: "en");
        var file = Encoding.UTF8.GetPreamble().Concat(TestData.ImportFile([TestData.LearnerRow("ПО-1"), TestData.LearnerRow("ПО-1")], ';')).ToArray();

        var response = await UploadAsync(client, file);

        var page = await PortalClient.ParseAsync(response);
        Assert.Empty(Errors(page));
        await using var db = Factory.CreateDbContext();
        Assert.Equal(2, await db.Learners.CountAsync());
    }

    [Fact]
    public async Task Post_WindowsCodePageFile_IsRefusedWithAdvice()
    {
        var college = await Data.CollegeAsync();
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id, culture: "en");
        var text = Encoding.UTF8.GetString(TestData.ImportFile([TestData.LearnerRow("ПО-1")]));
        var cp1251 = text.Select(ch => ch < 128 ? (byte)ch : (byte)0xC0).ToArray(); // Cyrillic as single bytes, not UTF-8

        var response = await UploadAsync(client, cp1251);

        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("CSV UTF-8", Assert.Single(Errors(page)).Message);
    }

    [Fact]
    public async Task Post_HeaderWithoutPinColumn_IsRefused()
    {
        var college = await Data.CollegeAsync();
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id, culture: "en");
        var file = Encoding.UTF8.GetBytes("group,last_name,first_name,date_of_birth,gender,shoe_size\r\nПО-1,А,Б,01.01.2004,F,40\r\n");

        var response = await UploadAsync(client, file);

        var errors = Errors(await PortalClient.ParseAsync(response));
        Assert.Contains(("1", "shoe_size", "Unknown column: use the headers of the template."), errors);
        Assert.Contains(("1", "PIN", "The header has no column pin; use the template."), errors);
    }

    [Fact]
    public async Task Post_NoFile_AsksForOne()
    {
        var client = await SignInAsync(Roles.CollegeAdmin, (await Data.CollegeAsync()).Id, culture: "en");

        var response = await UploadAsync(client, []);

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal("Choose a CSV file.", Assert.Single(Errors(page)).Message);
    }

    [Fact]
    public async Task Post_FiveThousandRows_SavesAllWithBoundedSqlCommands()
    {
        var college = await Data.CollegeAsync();
        var groups = new List<string>();
        for (var g = 0; g < 10; g++)
        {
            groups.Add((await Data.GroupAsync(college, configure: x => x.Name = $"ТӨ-{g}")).Name);
        }

        var client = await SignInAsync(Roles.CollegeAdmin, college.Id, culture: "en");
        var birth = new DateOnly(2004, 3, 15);
        var rows = Enumerable.Range(0, 5000).Select(i => new TestData.ImportRow
        {
            Group = groups[i % groups.Count],
            LastName = $"Өмүрбекова{i}",
            FirstName = "Гүлүмкан",
            Pin = "1" + birth.ToString("ddMMyyyy") + i.ToString("00000"),
            DateOfBirth = birth.ToString("dd.MM.yyyy"),
            Gender = "F",
            Phone = "0555" + i.ToString("000000"),
        });
        var counter = Factory.Services.GetRequiredService<SqlCommandCounter>();
        await client.GetDocumentAsync("/College/Learners/Import"); // warm up the page before counting
        counter.Reset();

        var response = await UploadAsync(client, TestData.ImportFile(rows));

        var page = await PortalClient.ParseAsync(response);
        Assert.Empty(Errors(page));
        Assert.Equal("5000 learners imported.", page.QuerySelector("[data-testid=import-done]")!.TextContent.Trim());
        await using var db = Factory.CreateDbContext();
        Assert.Equal(5000, await db.Learners.CountAsync(l => l.CollegeId == college.Id));
        // Page loads, the group and PIN look-ups, and the batched inserts of 10,000 rows (learners and audit entries):
        // nothing per row.
        Assert.InRange(counter.Count, 1, 60);
    }

    [Fact]
    public async Task Get_Template_IsTheDocumentedHeader()
    {
        var client = await SignInAsync(Roles.CollegeStaff, (await Data.CollegeAsync()).Id);

        var response = await client.GetAsync("/College/Learners/ImportTemplate");

        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("\uFEFF" + string.Join(",", TestData.ImportHeader) + "\r\n", text);
        var page = await client.GetDocumentAsync("/College/Learners/Import");
        var documented = page.QuerySelectorAll("table code").Select(c => c.TextContent).ToHashSet();
        Assert.All(TestData.ImportHeader, header => Assert.Contains(header, documented));
    }

    [Theory]
    [InlineData(Roles.EmployerAdmin)]
    [InlineData(Roles.Learner)]
    public async Task Get_Import_AsNonCollegeRole_IsForbidden(string role)
    {
        var client = await SignInAsync(role, (await Data.CollegeAsync()).Id);

        var response = await client.GetAsync("/College/Learners/Import");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
