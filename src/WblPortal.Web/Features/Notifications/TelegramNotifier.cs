using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types.ReplyMarkups;
using WblPortal.Domain.Notifications;
using WblPortal.Web.Infrastructure;

namespace WblPortal.Web.Features.Notifications;

public sealed class TelegramOptions
{
    public const string Section = "Telegram";

    /// <summary>The bot's token from @BotFather; empty switches the Telegram channel off.</summary>
    public string? BotToken { get; set; }

    /// <summary>The bot's user name (without @), for the t.me linking link.</summary>
    public string? BotUsername { get; set; }

    /// <summary>The Bot API's address (Telegram's own when empty); tests point it at a local fake.</summary>
    public string? ApiBaseUrl { get; set; }

    /// <summary>The secret Telegram sends in X-Telegram-Bot-Api-Secret-Token with each webhook call (set it with
    /// setWebhook's secret_token); without it the webhook refuses every call.</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>How long a one-time linking link works.</summary>
    public int LinkLifetimeMinutes { get; set; } = 30;
}

/// <summary>The Telegram channel: short messages in the user's language (the caller sets the culture) with an absolute
/// link, and for a mentor's week waiting for approval an "Approve" button per week (see <see cref="TelegramUpdates"/>).
/// Off, and never calling Telegram, when no bot token is configured.</summary>
public sealed class TelegramNotifier(IOptions<TelegramOptions> options, IHttpClientFactory http, PublicLinks links,
    IStringLocalizer<WorkflowResource> w, IStringLocalizer<AccountResource> a, TimeProvider clock)
{
    public const string ApproveWeekPrefix = "aw:";

    /// <summary>A week's approve button: "aw:&lt;placement learner&gt;:&lt;week start&gt;:&lt;unix seconds the message was sent&gt;"
    /// (at most 64 bytes, Telegram's limit).</summary>
    public static string ApproveWeekData(Guid placementLearnerId, DateOnly weekStart, DateTimeOffset sentAt) =>
        FormattableString.Invariant($"{ApproveWeekPrefix}{placementLearnerId:N}:{weekStart:yyyyMMdd}:{sentAt.ToUnixTimeSeconds()}");

    public bool Enabled => !string.IsNullOrWhiteSpace(options.Value.BotToken);

    public ITelegramBotClient Client()
    {
        var settings = options.Value;
        var baseUrl = string.IsNullOrWhiteSpace(settings.ApiBaseUrl) ? null : settings.ApiBaseUrl.TrimEnd('/');
        return new TelegramBotClient(new TelegramBotClientOptions(settings.BotToken!, baseUrl), http.CreateClient(nameof(TelegramNotifier)));
    }

    /// <summary>The t.me link that opens the bot with the one-time token (Telegram passes it to /start).</summary>
    public string StartLink(string token) => $"https://t.me/{options.Value.BotUsername?.TrimStart('@')}?start={Uri.EscapeDataString(token)}";

    /// <summary>One message: a notification with its link, or a digest of several. <paramref name="approvableWeeks"/>
    /// (a mentor's single week reminder) become buttons.</summary>
    public async Task SendAsync(long chatId, string? role, IReadOnlyList<Notification> items, bool digest, IReadOnlyList<DateOnly> approvableWeeks,
        CancellationToken cancellationToken)
    {
        if (!Enabled)
        {
            return;
        }

        var lines = items.Select(n => (n.SubjectTitle is null ? w[n.MessageKey].Value : $"{w[n.MessageKey].Value}: {n.SubjectTitle}")
            + "\n" + links.To(NotificationLinks.For(n.SubjectType, n.SubjectId, role) ?? "Inbox"));
        var text = (digest ? a["Digest_Subject", items.Count].Value + "\n\n" : "") + string.Join("\n\n", lines);
        // The button approves what was waiting when the message went out: the moment travels with it.
        var sentAt = clock.GetUtcNow();
        var buttons = approvableWeeks.Count == 0 || items.Count != 1 ? null
            : new InlineKeyboardMarkup(approvableWeeks.Select(week => new[]
            {
                InlineKeyboardButton.WithCallbackData(a["Telegram_ApproveWeek", $"{week:dd.MM}–{week.AddDays(6):dd.MM}"].Value,
                    ApproveWeekData(items[0].SubjectId, week, sentAt)),
            }));
        await Client().SendMessage(chatId, text.Length > 4000 ? text[..3999] + "…" : text, replyMarkup: buttons, cancellationToken: cancellationToken);
    }
}
