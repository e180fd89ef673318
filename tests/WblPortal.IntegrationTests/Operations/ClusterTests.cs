using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using WblPortal.Domain.Access;
using WblPortal.Infrastructure.Cluster;
using WblPortal.Infrastructure.Email;
using WblPortal.IntegrationTests.Infrastructure;
using WblPortal.Web.Features.Notifications;

namespace WblPortal.IntegrationTests.Operations;

/// <summary>Two instances of the portal (two hosts) on one database, as behind nginx.</summary>
public sealed class ClusterTests(PortalFactory factory) : IntegrationTest(factory)
{
    /// <summary>Holds every e-mail until released, and records what it was asked to send.</summary>
    private sealed class GatedSender : IPortalEmailSender
    {
        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public ConcurrentBag<string> Sent { get; } = [];

        public async Task SendAsync(string to, string subject, string htmlBody, CancellationToken cancellationToken = default)
        {
            Entered.TrySetResult();
            await Release.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
            Sent.Add(to);
        }
    }

    private static NotificationEmailService EmailService(WebApplicationFactory<Program> host) =>
        host.Services.GetServices<IHostedService>().OfType<NotificationEmailService>().Single();

    [Fact]
    public async Task NotificationEmails_OnTwoInstances_AreSentOnce()
    {
        var college = await Data.CollegeAsync();
        var admin = await Data.UserAsync(Roles.CollegeAdmin, college.Id);
        await Data.NotificationAsync(collegeId: college.Id, key: "Notify_PartnershipSignedByEmployer", title: "К-1");
        await Data.NotificationAsync(collegeId: college.Id, key: "Notify_PartnershipSignedByEmployer", title: "К-2");
        var gate = new GatedSender();
        await using var instanceA = Factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IPortalEmailSender>(gate)));
        var instanceB = Factory;

        // A is sending (held inside its first e-mail); B's timer fires meanwhile and must not send the same notifications.
        var runA = EmailService(instanceA).RunOnceAsync(CancellationToken.None);
        await gate.Entered.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var ranB = await EmailService(instanceB).RunOnceAsync(CancellationToken.None);
        gate.Release.SetResult();
        var ranA = await runA;
        // B's next run, after A saved: nothing left to send.
        var ranBAfter = await EmailService(instanceB).RunOnceAsync(CancellationToken.None);

        Assert.True(ranA);
        Assert.False(ranB);
        Assert.True(ranBAfter);
        Assert.Equal(2, gate.Sent.Count(to => to == admin.Email));
        Assert.Empty(MailPickup.Read(Factory.MailPickup));
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.Notifications.AnyAsync(n => n.EmailSentAt == null));
    }

    [Fact]
    public async Task Reminders_WhileAnotherInstanceRunsThem_AreSkipped()
    {
        // Another instance is in the middle of the reminder run: it holds the job's lock in its transaction.
        await using var other = new NpgsqlConnection(Factory.ConnectionString);
        await other.OpenAsync();
        await using var transaction = await other.BeginTransactionAsync();
        await using (var take = new NpgsqlCommand("SELECT pg_try_advisory_xact_lock(@c, hashtext(@j))", other, transaction))
        {
            take.Parameters.AddWithValue("c", ClusterJobLock.LockClass);
            take.Parameters.AddWithValue("j", ReminderService.Job);
            Assert.Equal(true, await take.ExecuteScalarAsync());
        }

        var service = Factory.Services.GetServices<IHostedService>().OfType<ReminderService>().Single();
        var whileHeld = await service.RunOnceAsync(CancellationToken.None);
        await transaction.CommitAsync();
        var afterwards = await service.RunOnceAsync(CancellationToken.None);

        Assert.False(whileHeld);
        Assert.True(afterwards);
    }

    [Fact]
    public async Task FormRenderedByInstanceA_PostedToInstanceB_SignsInSavesAndShowsTempData()
    {
        var college = await Data.CollegeAsync();
        var user = await Data.UserAsync(Roles.CollegeAdmin, college.Id);
        await using var instanceB = Factory.WithWebHostBuilder(_ => { });
        var cookies = new CookieContainer();
        var a = new PortalClient(Factory.CreateDefaultClient(new CookieContainerHandler(cookies)));
        var b = new PortalClient(instanceB.CreateDefaultClient(new CookieContainerHandler(cookies)));
        cookies.Add(new Uri("http://localhost"), new Cookie(".AspNetCore.Culture", "c=en|uic=en"));

        // The login form (and its antiforgery token) comes from A, the sign-in goes to B.
        var login = await PostRenderedByAsync(a, b, "/account/login", "/account/login",
            new() { ["Email"] = user.Email!, ["Password"] = TestData.Password });
        // B's authentication cookie is read by A; A's form is saved by B; B's TempData message is shown by A.
        var save = await PostRenderedByAsync(a, b, "/College/Specialties", "/College/Specialties/Save",
            new() { ["Code"] = "230115", ["NameKy"] = "Программалоо", ["NameRu"] = "Программирование", ["NqfLevelId"] = "5" });
        var landing = await a.GetDocumentAsync(save.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, save.StatusCode);
        Assert.NotNull(landing.QuerySelector(".alert-success"));
        await using var db = Factory.CreateDbContext();
        Assert.True(await db.Specialties.AnyAsync(s => s.Code == "230115"));
    }

    [Fact]
    public async Task Post_TokenFromAnotherInstance_WithoutItsCookie_IsRefused()
    {
        await using var instanceB = Factory.WithWebHostBuilder(_ => { });
        var a = PortalClient.Anonymous(Factory);
        var b = PortalClient.Anonymous(instanceB);

        // A token only counts with the antiforgery cookie it was issued with, whichever instance checks it.
        var response = await PostRenderedByAsync(a, b, "/account/login", "/culture", new() { ["culture"] = "en" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static async Task<HttpResponseMessage> PostRenderedByAsync(PortalClient renderer, PortalClient receiver, string page,
        string action, Dictionary<string, string> fields)
    {
        var html = await (await renderer.GetAsync(page)).Content.ReadAsStringAsync();
        var token = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        Assert.NotEmpty(token);
        return await receiver.Http.PostAsync(action, new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token))));
    }
}
