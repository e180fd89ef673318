using System.Globalization;
using System.Security.Cryptography;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using WblPortal.Domain.Notifications;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Notifications;

/// <summary>The signed-in user's own notification preferences (every role): channels per kind, quiet hours, daily
/// digest; and linking a Telegram chat by a one-time link. There is no user id in the form: the row is always the
/// actor's.</summary>
public static class EditNotificationPreferences
{
    public sealed class Command
    {
        /// <summary>The kinds (names of <see cref="NotificationKind"/>) sent by e-mail.</summary>
        public List<string> Email { get; set; } = [];

        /// <summary>The kinds sent to Telegram.</summary>
        public List<string> Telegram { get; set; } = [];

        /// <summary>Quiet hours, "HH:mm" Bishkek time; both or neither.</summary>
        public string? QuietFrom { get; set; }
        public string? QuietTo { get; set; }
        public bool DailyDigest { get; set; }
        public string? DigestAt { get; set; }
    }

    /// <summary>The page: the form, and the Telegram state (channel off on this portal, linked, or a fresh link).</summary>
    public sealed record Model(Command Form, bool TelegramAvailable, bool TelegramLinked, string? TelegramLink);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> l, IStringLocalizer<AccountResource> a)
        {
            RuleForEach(c => c.Email).Must(k => ParseKind(k) is not null).WithMessage(_ => a["Preferences_KindInvalid"]);
            RuleForEach(c => c.Telegram).Must(k => ParseKind(k) is not null).WithMessage(_ => a["Preferences_KindInvalid"]);
            RuleFor(c => c.QuietFrom).Must(BeTimeOrEmpty).WithMessage(_ => a["Preferences_TimeInvalid"]);
            RuleFor(c => c.QuietTo).Must(BeTimeOrEmpty).WithMessage(_ => a["Preferences_TimeInvalid"]);
            RuleFor(c => c.DigestAt).Must(BeTimeOrEmpty).WithMessage(_ => a["Preferences_TimeInvalid"]);
            // Separate rules: a condition applies to every check before it in its chain.
            RuleFor(c => c.QuietFrom).NotEmpty().When(c => !string.IsNullOrWhiteSpace(c.QuietTo)).WithMessage(_ => a["Preferences_QuietBoth"]);
            RuleFor(c => c.QuietTo).NotEmpty().When(c => !string.IsNullOrWhiteSpace(c.QuietFrom)).WithMessage(_ => a["Preferences_QuietBoth"]);
            RuleFor(c => c.DigestAt).NotEmpty().When(c => c.DailyDigest).WithMessage(_ => l["Validation_Required"]);
        }

        private static bool BeTimeOrEmpty(string? value) => string.IsNullOrWhiteSpace(value) || ParseTime(value) is not null;
    }

    public static NotificationKind? ParseKind(string? value) =>
        Enum.TryParse<NotificationKind>(value, ignoreCase: false, out var kind) && Enum.IsDefined(kind) && !char.IsAsciiDigit(value![0]) ? kind : null;

    public static TimeOnly? ParseTime(string? value) =>
        TimeOnly.TryParseExact(value?.Trim(), ["HH:mm", "H:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : null;

    public sealed class Handler(WblDbContext db, IValidator<Command> validator, TelegramNotifier telegram, IOptions<TelegramOptions> telegramOptions, TimeProvider clock)
    {
        public async Task<Model> LoadAsync(string? telegramLink, CancellationToken cancellationToken)
        {
            var p = await MineAsync(cancellationToken) ?? NotificationPreference.Default(db.Actor.UserId!);
            return ModelOf(Form(p), p, telegramLink);
        }

        public Model ModelOf(Command form, NotificationPreference? p, string? telegramLink = null) =>
            new(form, telegram.Enabled, p?.TelegramChatId is not null, telegramLink);

        public Task<NotificationPreference?> MineAsync(CancellationToken cancellationToken) =>
            db.NotificationPreferences.SingleOrDefaultAsync(p => p.UserId == db.Actor.UserId, cancellationToken);

        public async Task<FeatureResult> SaveAsync(Command command, CancellationToken cancellationToken)
        {
            var validation = await validator.ValidateAsync(command, cancellationToken);
            if (!validation.IsValid)
            {
                return FeatureResult.Invalid(validation.Errors);
            }

            var p = await MineOrNewAsync(cancellationToken);
            p.EmailKinds = Mask(command.Email);
            p.TelegramKinds = Mask(command.Telegram);
            p.QuietFrom = ParseTime(command.QuietFrom);
            p.QuietTo = ParseTime(command.QuietTo);
            p.DailyDigest = command.DailyDigest;
            p.DigestAt = ParseTime(command.DigestAt) ?? NotificationPreference.DefaultDigestAt;
            await db.SaveChangesAsync(cancellationToken);
            return FeatureResult.Done(p.Id);
        }

        /// <summary>A new one-time link (the previous one stops working): the token is shown once, its hash kept.</summary>
        public async Task<string?> CreateTelegramLinkAsync(CancellationToken cancellationToken)
        {
            if (!telegram.Enabled)
            {
                return null;
            }

            var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_').TrimEnd('=');
            var p = await MineOrNewAsync(cancellationToken);
            p.TelegramLinkTokenHash = TelegramUpdates.Hash(token);
            p.TelegramLinkExpiresAt = clock.GetUtcNow().AddMinutes(Math.Max(1, telegramOptions.Value.LinkLifetimeMinutes));
            await db.SaveChangesAsync(cancellationToken);
            return telegram.StartLink(token);
        }

        public async Task UnlinkTelegramAsync(CancellationToken cancellationToken)
        {
            if (await MineAsync(cancellationToken) is { } p)
            {
                p.TelegramChatId = null;
                p.TelegramLinkTokenHash = null;
                p.TelegramLinkExpiresAt = null;
                await db.SaveChangesAsync(cancellationToken);
            }
        }

        private async Task<NotificationPreference> MineOrNewAsync(CancellationToken cancellationToken)
        {
            if (await MineAsync(cancellationToken) is { } p)
            {
                return p;
            }

            p = NotificationPreference.Default(db.Actor.UserId!);
            db.NotificationPreferences.Add(p);
            return p;
        }

        private static Command Form(NotificationPreference p) => new()
        {
            Email = NotificationKinds.All.Where(k => p.Wants(NotificationChannel.Email, k)).Select(k => k.ToString()).ToList(),
            Telegram = NotificationKinds.All.Where(k => p.Wants(NotificationChannel.Telegram, k)).Select(k => k.ToString()).ToList(),
            QuietFrom = p.QuietFrom?.ToString("HH:mm", CultureInfo.InvariantCulture),
            QuietTo = p.QuietTo?.ToString("HH:mm", CultureInfo.InvariantCulture),
            DailyDigest = p.DailyDigest,
            DigestAt = p.DigestAt.ToString("HH:mm", CultureInfo.InvariantCulture),
        };

        private static int Mask(IEnumerable<string> kinds) =>
            kinds.Select(ParseKind).OfType<NotificationKind>().Aggregate(0, (mask, kind) => mask | NotificationKinds.Bit(kind));
    }
}
