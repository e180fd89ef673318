using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WblPortal.Domain.Access;
using WblPortal.Domain.Diaries;
using WblPortal.Domain.Notifications;
using WblPortal.Infrastructure.Identity;
using WblPortal.IntegrationTests.Infrastructure;
using WblPortal.Web.Features.Notifications;

namespace WblPortal.IntegrationTests.Notifications;

/// <summary>The Telegram channel against <see cref="FakeBotApi"/>: linking by the one-time link, messages in the
/// user's language with an absolute link, and approving a diary week from the button in the mentor's own scope.</summary>
public sealed partial class TelegramTests(PortalFactory factory) : IntegrationTest(factory), IAsyncLifetime
{
    private const string Secret = "webhook-secret_42";
    private const long MentorChat = 5550001;
    private const long OtherChat = 5550002;

    private FakeBotApi _bot = null!;
    private WebApplicationFactory<Program> _portal = null!;

    async Task IAsyncLifetime.InitializeAsync()
    {
        await Factory.ResetAsync();
        _bot = await FakeBotApi.StartAsync();
        _portal = Factory.WithWebHostBuilder(b => b
            .UseSetting("Telegram:BotToken", FakeBotApi.Token)
            .UseSetting("Telegram:BotUsername", "wbl_test_bot")
            .UseSetting("Telegram:ApiBaseUrl", _bot.BaseUrl)
            .UseSetting("Telegram:WebhookSecret", Secret));
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await _portal.DisposeAsync();
        await _bot.DisposeAsync();
    }

    private async Task<HttpResponseMessage> WebhookAsync(object update, string? secret = Secret)
    {
        var http = _portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/telegram/webhook")
        {
            Content = new StringContent(JsonSerializer.Serialize(update), Encoding.UTF8, "application/json"),
        };
        if (secret is not null)
        {
            request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", secret);
        }

        return await http.SendAsync(request);
    }

    private static object Start(long chat, string text, int id = 1) => new
    {
        update_id = id,
        message = new { message_id = id, date = 1_776_000_000, chat = new { id = chat, type = "private" }, from = new { id = chat, is_bot = false, first_name = "Б", language_code = "ky" }, text },
    };

    private static object Tap(long chat, string data, int id = 10) => new
    {
        update_id = id,
        callback_query = new
        {
            id = "cb" + id, chat_instance = "ci", data,
            from = new { id = chat, is_bot = false, first_name = "Б" },
            message = new { message_id = 1, date = 1_776_000_000, chat = new { id = chat, type = "private" } },
        },
    };

    private async Task LinkAsync(ApplicationUser user, long chat)
    {
        await using var db = Factory.CreateDbContext();
        db.NotificationPreferences.Add(new NotificationPreference { UserId = user.Id, TelegramChatId = chat });
        await db.SaveChangesAsync();
    }

    /// <summary>A mentor (Russian) whose learner submitted two entries of the first week, linked to Telegram.</summary>
    private async Task<(DiarySetup S, ApplicationUser Mentor, DateOnly Week)> SubmittedWeekAsync()
    {
        var s = await Data.DiarySetupAsync();
        await Data.DiaryEntryAsync(s, TestData.DiaryDay, DiaryEntryStatus.Submitted);
        await Data.DiaryEntryAsync(s, TestData.DiaryDay.AddDays(1), DiaryEntryStatus.Submitted);
        var mentor = await Data.UserAsync(Roles.Mentor, s.Employer.Id, mentorId: s.Mentor.Id);
        await Data.SetPreferredCultureAsync(mentor, "ru-KG");
        await LinkAsync(mentor, MentorChat);
        return (s, mentor, DiaryRules.WeekStart(TestData.DiaryDay));
    }

    private async Task<List<DiaryEntryStatus>> StatusesAsync(Guid placementLearnerId)
    {
        await using var db = Factory.CreateDbContext();
        return await db.DiaryEntries.Where(e => e.PlacementLearnerId == placementLearnerId).Select(e => e.Status).ToListAsync();
    }

    [Fact]
    public async Task Link_OneTimeTokenFromThePreferencesPage_LinksTheChatOnce_AndIsStoredOnlyHashed()
    {
        var college = await Data.CollegeAsync();
        var user = await Data.UserAsync(Roles.CollegeStaff, college.Id);
        var client = await PortalClient.SignedInAsync(_portal, user);

        var page = await PortalClient.ParseAsync(await client.PostFormAsync("/account/notifications/telegram-link", [], "/account/notifications"));
        var link = page.QuerySelector("[data-testid=telegram-link]")!.GetAttribute("href")!;
        var token = StartToken().Match(link).Groups[1].Value;
        var first = await WebhookAsync(Start(MentorChat, "/start " + token));
        var again = await WebhookAsync(Start(OtherChat, "/start " + token, id: 2));

        Assert.StartsWith("https://t.me/wbl_test_bot?start=", link);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        await using var db = Factory.CreateDbContext();
        var saved = await db.NotificationPreferences.SingleAsync();
        Assert.Equal((user.Id, (long?)MentorChat), (saved.UserId, saved.TelegramChatId));
        Assert.Null(saved.TelegramLinkTokenHash);
        var replies = _bot.CallsOf("sendMessage");
        Assert.Equal(2, replies.Count);
        Assert.Contains("байланыштырылды", replies.Single(r => r.GetProperty("chat_id").GetInt64() == MentorChat).GetProperty("text").GetString());
        Assert.Contains("колдонулуп калган", replies.Single(r => r.GetProperty("chat_id").GetInt64() == OtherChat).GetProperty("text").GetString());
        Assert.Contains("Telegram", (await client.GetDocumentAsync("/account/notifications")).QuerySelector("[data-testid=telegram] .badge")!.TextContent);
    }

    [Fact]
    public async Task Link_ExpiredToken_LinksNothing()
    {
        var college = await Data.CollegeAsync();
        var user = await Data.UserAsync(Roles.CollegeStaff, college.Id);
        await using (var db = Factory.CreateDbContext())
        {
            db.NotificationPreferences.Add(new NotificationPreference
            {
                UserId = user.Id, TelegramLinkTokenHash = TelegramUpdates.Hash("old-token"), TelegramLinkExpiresAt = DateTimeOffset.UtcNow.AddMinutes(-1),
            });
            await db.SaveChangesAsync();
        }

        await WebhookAsync(Start(MentorChat, "/start old-token"));

        await using var check = Factory.CreateDbContext();
        Assert.Null((await check.NotificationPreferences.SingleAsync()).TelegramChatId);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong")]
    public async Task Webhook_WithoutTheSecretHeader_IsUnauthorizedAndDoesNothing(string? secret)
    {
        var (s, _, week) = await SubmittedWeekAsync();

        var response = await WebhookAsync(Tap(MentorChat, Approve(s.Row.Id, week)), secret);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.All(await StatusesAsync(s.Row.Id), st => Assert.Equal(DiaryEntryStatus.Submitted, st));
        Assert.Empty(_bot.Calls);
    }

    [Fact]
    public async Task Webhook_OnAPortalWithoutBotToken_IsNotFound()
    {
        var response = await PortalClient.Anonymous(Factory).Http.PostAsync("/telegram/webhook", new StringContent("{}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task SendPending_LinkedMentor_GetsShortTextInTheirLanguageWithAbsoluteLinkAndApproveButton()
    {
        var (s, _, week) = await SubmittedWeekAsync();
        await Data.NotificationAsync(mentorId: s.Mentor.Id, key: SendReminders.DiaryWeeksKey, subjectType: SendReminders.DiarySubject, subjectId: s.Row.Id, title: "Асанова Айгүл");

        using (var scope = _portal.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<SendNotificationEmails.Handler>().SendPendingAsync();
        }

        // The setup's own steps notified the mentor too (one message each); the reminder is one of them.
        var message = Assert.Single(_bot.CallsOf("sendMessage"), m => m.GetProperty("text").GetString()!.Contains("Асанова Айгүл"));
        Assert.Equal(MentorChat, message.GetProperty("chat_id").GetInt64());
        var text = message.GetProperty("text").GetString()!;
        Assert.Contains($"{PortalFactory.PublicUrl}/Mentor/Diaries/Learner/{s.Row.Id}", text);
        Assert.Contains("Напоминание", text);
        var button = Assert.Single(message.GetProperty("reply_markup").GetProperty("inline_keyboard").EnumerateArray().SelectMany(row => row.EnumerateArray()));
        Assert.True(TelegramUpdates.Handler.TryParse(button.GetProperty("callback_data").GetString()!, out var row, out var buttonWeek, out var sent));
        Assert.Equal((s.Row.Id, week), (row, buttonWeek));
        Assert.True(sent.AddSeconds(1) > await LastSubmittedAsync(s.Row.Id), "the button carries the moment the message was sent");
        Assert.StartsWith("Утвердить неделю", button.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Callback_MentorsOwnLearnersWeek_IsApprovedLikeTheWebAction()
    {
        var (s, _, week) = await SubmittedWeekAsync();

        var response = await WebhookAsync(Tap(MentorChat, Approve(s.Row.Id, week)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.All(await StatusesAsync(s.Row.Id), st => Assert.Equal(DiaryEntryStatus.Approved, st));
        var answer = Assert.Single(_bot.CallsOf("answerCallbackQuery"));
        Assert.Equal("cb10", answer.GetProperty("callback_query_id").GetString());
        Assert.Equal("Неделя утверждена.", answer.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Callback_WeekWithAnEntrySubmittedAfterTheMessage_ApprovesNothing_AndSaysTheWeekChanged()
    {
        var (s, _, week) = await SubmittedWeekAsync();
        var sentBefore = (await LastSubmittedAsync(s.Row.Id)).AddMinutes(-1);

        await WebhookAsync(Tap(MentorChat, TelegramNotifier.ApproveWeekData(s.Row.Id, week, sentBefore)));

        Assert.All(await StatusesAsync(s.Row.Id), st => Assert.Equal(DiaryEntryStatus.Submitted, st));
        var answer = Assert.Single(_bot.CallsOf("answerCallbackQuery"));
        Assert.StartsWith("Ничего не утверждено", answer.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Callback_AnotherMentorsWeek_ChangesNothing_AndAnswersALocalizedRefusal()
    {
        var (s, _, week) = await SubmittedWeekAsync();
        var stranger = await Data.DiarySetupAsync();
        var otherMentor = await Data.UserAsync(Roles.Mentor, stranger.Employer.Id, mentorId: stranger.Mentor.Id);
        await LinkAsync(otherMentor, OtherChat);
        var unknownChat = 999L;

        await WebhookAsync(Tap(OtherChat, Approve(s.Row.Id, week)));
        await WebhookAsync(Tap(unknownChat, Approve(s.Row.Id, week), id: 11));
        await WebhookAsync(Tap(OtherChat, "aw:junk-ө", id: 12));

        Assert.All(await StatusesAsync(s.Row.Id), st => Assert.Equal(DiaryEntryStatus.Submitted, st));
        var answers = _bot.CallsOf("answerCallbackQuery");
        Assert.Equal(3, answers.Count);
        Assert.All(answers, a => Assert.StartsWith("Муну аткарууга болбойт", a.GetProperty("text").GetString()));
    }

    /// <summary>The button of a message sent after the week's entries were submitted.</summary>
    private static string Approve(Guid placementLearnerId, DateOnly week) =>
        TelegramNotifier.ApproveWeekData(placementLearnerId, week, DateTimeOffset.UtcNow.AddYears(1));

    private async Task<DateTimeOffset> LastSubmittedAsync(Guid placementLearnerId)
    {
        await using var db = Factory.CreateDbContext();
        return (await db.DiaryEntries.Where(e => e.PlacementLearnerId == placementLearnerId).MaxAsync(e => e.SubmittedAt))!.Value;
    }

    [GeneratedRegex(@"start=([A-Za-z0-9_\-]+)")]
    private static partial Regex StartToken();
}
