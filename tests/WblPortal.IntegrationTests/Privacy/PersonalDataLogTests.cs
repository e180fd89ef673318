using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using WblPortal.Domain.Access;
using WblPortal.IntegrationTests.Diaries;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.Privacy;

/// <summary>Law No. 58: the portal's logs carry no personal data. A journey over the pages that handle it runs on a
/// host logging everything down to Debug (EF Core, ASP.NET Core, Identity included) into a capture, which is then
/// scanned for the learner's names, PIN, e-mail and phone and the users' e-mail addresses.</summary>
public sealed class PersonalDataLogTests(PortalFactory factory) : DiaryTestBase(factory)
{
    private const string LearnerEmail = "aigul.omurbekova@mail.kg";
    private const string LearnerPhone = "+996555718293";
    private const string RepresentativePhone = "+996700641527";

    private WebApplicationFactory<Program> LoggingHost(LogCapture capture) => Factory.WithWebHostBuilder(builder =>
    {
        builder.UseSetting("Serilog:MinimumLevel:Default", "Debug");
        builder.UseSetting("Serilog:MinimumLevel:Override:Microsoft.AspNetCore", "Debug");
        builder.UseSetting("Serilog:MinimumLevel:Override:Microsoft.EntityFrameworkCore", "Debug");
        builder.ConfigureServices(services => services.AddSingleton<ILogEventSink>(capture));
    });

    [Fact]
    public async Task Journey_OverPersonalDataPages_LogsNoNamePinEmailOrPhone()
    {
        var s = await Data.DiarySetupAsync();
        await using (var db = Factory.CreateDbContext())
        {
            var learner = await db.Learners.SingleAsync(l => l.Id == s.Learner.Id);
            learner.Patronymic = "Жолдошбековна";
            learner.Email = LearnerEmail;
            learner.Phone = LearnerPhone;
            learner.RepresentativeName = "Өмүрбеков Бакыт";
            learner.RepresentativePhone = RepresentativePhone;
            await db.SaveChangesAsync();
        }

        var agreement = await Data.AgreementAsync(s.Placement, s.Learner.Id);
        var admin = await Data.UserAsync(Roles.CollegeAdmin, s.College.Id);
        var learnerUser = await Data.UserAsync(Roles.Learner, s.College.Id, learnerId: s.Learner.Id);
        var capture = new LogCapture();
        await using var host = LoggingHost(capture);

        var college = await PortalClient.SignedInAsync(host, admin);
        Assert.Equal(HttpStatusCode.OK, (await college.GetAsync("/College/Learners?q=" + Uri.EscapeDataString(s.Learner.LastName))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await college.GetAsync("/College/Learners?q=" + Uri.EscapeDataString(s.Learner.Pin))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await college.GetAsync($"/College/Learners/Details/{s.Learner.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await college.GetAsync($"/College/Agreements/Details/{agreement.Id}")).StatusCode);

        var learnerClient = await PortalClient.SignedInAsync(host, learnerUser);
        var saved = await PostEntryAsync(learnerClient, "Learner", s.Row.Id, EntryFields(tasks: $"Жабдууну тазалады, {s.Learner.FirstName} {s.Learner.LastName}"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var stranger = PortalClient.Anonymous(host);
        var failed = await stranger.PostFormAsync("/account/login", new() { ["Email"] = learnerUser.Email!, ["Password"] = "not the password at all" });
        Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        var reset = await stranger.PostFormAsync("/account/forgot-password", new() { ["Email"] = learnerUser.Email! });
        Assert.True(reset.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect, $"forgot-password answered {reset.StatusCode}");

        await using (var db = Factory.CreateDbContext())
        {
            Assert.True(await db.DiaryEntries.AnyAsync(e => e.PlacementLearnerId == s.Row.Id));
        }

        var lines = capture.Lines.ToList();
        Assert.True(lines.Count > 100, $"only {lines.Count} log lines were captured");
        Assert.Contains(lines, l => l.Contains("/College/Learners", StringComparison.Ordinal));
        string[] personal = [s.Learner.LastName, s.Learner.FirstName, "Жолдошбековна", "Өмүрбеков Бакыт", s.Learner.Pin, LearnerEmail, LearnerPhone,
            LearnerPhone[4..], RepresentativePhone[4..], learnerUser.Email!, admin.Email!];
        var leaks = (from value in personal
                     from form in new[] { value, Uri.EscapeDataString(value), WebUtility.UrlEncode(value), Uri.EscapeDataString(value).ToLowerInvariant() }.Distinct()
                     from line in lines
                     where line.Contains(form, StringComparison.OrdinalIgnoreCase)
                     select $"{value}: {line}").Distinct().Take(20).ToList();
        Assert.True(leaks.Count == 0, "Personal data in the log:\n" + string.Join("\n", leaks));
    }
}
