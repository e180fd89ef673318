using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Telegram.Bot;
using Telegram.Bot.Types;
using WblPortal.Domain.Access;
using WblPortal.Domain.Diaries;
using WblPortal.Infrastructure.Data;
using WblPortal.Infrastructure.Identity;
using WblPortal.Web.Features.Diaries;
using WblPortal.Web.Localization;

namespace WblPortal.Web.Features.Notifications;

/// <summary>What the bot does with an update Telegram sends to the webhook: "/start &lt;token&gt;" links the chat to the
/// user whose one-time token it is (hashed in the database, expiring, used once); an "Approve" button approves a diary
/// week through <see cref="ApproveDiaryWeek"/> in the mentor's own actor scope — the same handler and the same checks
/// as the web page, so another mentor's week is not found and nothing changes.</summary>
public static class TelegramUpdates
{
    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public sealed class Handler(
        IServiceProvider services,
        TelegramNotifier telegram,
        IUserClaimsPrincipalFactory<ApplicationUser> principals,
        IStringLocalizer<AccountResource> a,
        IStringLocalizer<DiaryResource> d,
        TimeProvider clock)
    {
        public async Task HandleAsync(Update update, CancellationToken cancellationToken)
        {
            if (update.Message is { Text: { } text, Chat: { } chat } message && text.StartsWith("/start", StringComparison.Ordinal))
            {
                await LinkAsync(chat.Id, text["/start".Length..].Trim(), message.From?.LanguageCode, cancellationToken);
            }
            else if (update.CallbackQuery is { Data: { } data, Message: { Chat: { } from } } callback)
            {
                await CallbackAsync(callback.Id, from.Id, data, callback.From.LanguageCode, cancellationToken);
            }
        }

        private WblDbContext SystemDb() =>
            new(services.GetRequiredService<DbContextOptions<WblDbContext>>(), new FixedActorAccessor(Actor.System));

        private async Task LinkAsync(long chatId, string token, string? language, CancellationToken cancellationToken)
        {
            await using var db = SystemDb();
            var now = clock.GetUtcNow();
            var hash = token.Length is > 0 and <= 100 ? Hash(token) : null;
            var preference = hash is null ? null
                : await db.NotificationPreferences.SingleOrDefaultAsync(p => p.TelegramLinkTokenHash == hash && p.TelegramLinkExpiresAt > now, cancellationToken);
            if (preference is null)
            {
                await ReplyAsync(chatId, CultureFor(language), "Telegram_LinkInvalid", cancellationToken);
                return;
            }

            // One chat, one portal user: a chat linked before to someone else is theirs no more.
            foreach (var other in await db.NotificationPreferences.Where(p => p.TelegramChatId == chatId && p.Id != preference.Id).ToListAsync(cancellationToken))
            {
                other.TelegramChatId = null;
            }

            preference.TelegramChatId = chatId;
            preference.TelegramLinkTokenHash = null;
            preference.TelegramLinkExpiresAt = null;
            await db.SaveChangesAsync(cancellationToken);
            var culture = await db.Users.Where(u => u.Id == preference.UserId).Select(u => u.PreferredCulture).SingleOrDefaultAsync(cancellationToken);
            await ReplyAsync(chatId, CultureFor(culture), "Telegram_Linked", cancellationToken);
        }

        private async Task CallbackAsync(string callbackId, long chatId, string data, string? language, CancellationToken cancellationToken)
        {
            var (answer, culture) = await ApproveAsync(chatId, data, language, cancellationToken);
            using (Culture(culture))
            {
                await telegram.Client().AnswerCallbackQuery(callbackId, a[answer].Value, showAlert: answer != "Telegram_WeekApproved",
                    cancellationToken: cancellationToken);
            }
        }

        /// <summary>The answer's key and language: approved, or refused for any reason (unknown chat, not a mentor, not their
        /// learner, the week changed or is gone).</summary>
        private async Task<(string Answer, string Culture)> ApproveAsync(long chatId, string data, string? language, CancellationToken cancellationToken)
        {
            var culture = CultureFor(language);
            if (!TryParse(data, out var placementLearnerId, out var weekStart, out var sentAt))
            {
                return ("Telegram_Refused", culture);
            }

            ApplicationUser? user;
            await using (var system = SystemDb())
            {
                var userId = await system.NotificationPreferences.Where(p => p.TelegramChatId == chatId).Select(p => p.UserId).FirstOrDefaultAsync(cancellationToken);
                user = userId is null ? null : await system.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
            }

            if (user is null)
            {
                return ("Telegram_Refused", culture);
            }

            culture = CultureFor(user.PreferredCulture);
            var actor = PortalClaims.ToActor(await principals.CreateAsync(user));
            if (actor.Role != Roles.Mentor || (user.LockoutEnd is { } end && end > clock.GetUtcNow()))
            {
                return ("Telegram_Refused", culture);
            }

            // The mentor's scope: the week's entries are those the mentor sees, and the web's handler decides.
            await using var db = new WblDbContext(services.GetRequiredService<DbContextOptions<WblDbContext>>(), new FixedActorAccessor(actor));
            var waiting = await db.DiaryEntries.AsNoTracking()
                .Where(e => e.PlacementLearnerId == placementLearnerId && e.WeekStart == weekStart && e.Status == DiaryEntryStatus.Submitted)
                .Select(e => new { e.Id, e.Version, e.SubmittedAt }).ToListAsync(cancellationToken);
            // The web approves only the entries its page showed; the message showed the week as it was when sent, so an
            // entry submitted (or resubmitted) since then is first read in the portal.
            // (The moment travels in whole seconds: anything within the second it names counts as seen.)
            if (waiting.Any(e => e.SubmittedAt >= sentAt.AddSeconds(1)))
            {
                return ("Telegram_WeekChanged", culture);
            }

            var command = new DiaryStep.Command { PlacementLearnerId = placementLearnerId, WeekStart = weekStart, Seen = waiting.Select(e => $"{e.Id}:{e.Version}").ToList() };
            var result = await new ApproveDiaryWeek.Handler(db, new StepRunner(db, clock), d).HandleAsync(command, cancellationToken);
            return (result.Outcome == FeatureOutcome.Done ? "Telegram_WeekApproved" : "Telegram_Refused", culture);
        }

        public static bool TryParse(string data, out Guid placementLearnerId, out DateOnly weekStart, out DateTimeOffset sentAt)
        {
            placementLearnerId = Guid.Empty;
            weekStart = default;
            sentAt = default;
            var parts = data.Split(':');
            if (parts.Length == 4 && parts[0] + ":" == TelegramNotifier.ApproveWeekPrefix
                && Guid.TryParseExact(parts[1], "N", out placementLearnerId)
                && DateOnly.TryParseExact(parts[2], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out weekStart)
                && long.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
                && seconds is > 0 and < 253402300800)
            {
                sentAt = DateTimeOffset.FromUnixTimeSeconds(seconds);
                return true;
            }

            return false;
        }

        private async Task ReplyAsync(long chatId, string culture, string key, CancellationToken cancellationToken)
        {
            using (Culture(culture))
            {
                await telegram.Client().SendMessage(chatId, a[key].Value, cancellationToken: cancellationToken);
            }
        }

        /// <summary>A portal culture from a user's preference or Telegram's language code (ky, ru, en); Kyrgyz otherwise.</summary>
        private static string CultureFor(string? language) =>
            PortalCultures.Names.FirstOrDefault(n => language is not null
                && (n == language || n.StartsWith(language + "-", StringComparison.OrdinalIgnoreCase))) ?? PortalCultures.Kyrgyz;

        private static CultureScope Culture(string name) => new(PortalCultures.Create(name));
    }

    private sealed class CultureScope : IDisposable
    {
        private readonly CultureInfo _ui = CultureInfo.CurrentUICulture;
        private readonly CultureInfo _culture = CultureInfo.CurrentCulture;

        public CultureScope(CultureInfo culture)
        {
            CultureInfo.CurrentUICulture = culture;
            CultureInfo.CurrentCulture = culture;
        }

        public void Dispose()
        {
            CultureInfo.CurrentUICulture = _ui;
            CultureInfo.CurrentCulture = _culture;
        }
    }
}
