using WblPortal.Domain.Notifications;
using WblPortal.Web.Features.Notifications;

namespace WblPortal.UnitTests.Notifications;

public sealed class NotificationPreferenceTests
{
    private static readonly TimeSpan Bishkek = TimeSpan.FromHours(6);

    private static DateTimeOffset At(int day, int hour, int minute = 0) => new(2026, 4, day, hour, minute, 0, Bishkek);

    private static NotificationPreference Quiet(int fromHour, int toHour, bool digest = false, int digestHour = 18) => new()
    {
        UserId = "u", QuietFrom = new TimeOnly(fromHour, 0), QuietTo = new TimeOnly(toHour, 0), DailyDigest = digest, DigestAt = new TimeOnly(digestHour, 0),
    };

    [Theory]
    [InlineData(22, true)]
    [InlineData(23, true)]
    [InlineData(0, true)]
    [InlineData(6, true)]
    [InlineData(7, false)]
    [InlineData(12, false)]
    [InlineData(21, false)]
    public void IsQuietAt_SpanAcrossMidnight_CoversLateEveningAndEarlyMorningOnly(int hour, bool quiet) =>
        Assert.Equal(quiet, Quiet(22, 7).IsQuietAt(new TimeOnly(hour, 0)));

    [Theory]
    [InlineData(12, false)]
    [InlineData(13, true)]
    [InlineData(14, false)]
    public void IsQuietAt_SpanWithinOneDay_EndIsExclusive(int hour, bool quiet) =>
        Assert.Equal(quiet, Quiet(13, 14).IsQuietAt(new TimeOnly(hour, 0)));

    [Fact]
    public void IsQuietAt_SameStartAndEnd_IsNeverQuiet() => Assert.False(Quiet(8, 8).IsQuietAt(new TimeOnly(8, 0)));

    [Fact]
    public void DueAt_NoQuietHoursNoDigest_IsNow()
    {
        var now = At(15, 23, 30);
        Assert.Equal(now, NotificationPreference.Default("u").DueAt(now));
    }

    [Fact]
    public void DueAt_LateEveningInQuietHoursAcrossMidnight_IsHeldUntilNextMorning() =>
        Assert.Equal(At(16, 7), Quiet(22, 7).DueAt(At(15, 23, 30)));

    [Fact]
    public void DueAt_AfterMidnightInQuietHours_IsHeldUntilThatMorning() =>
        Assert.Equal(At(16, 7), Quiet(22, 7).DueAt(At(16, 2)));

    [Fact]
    public void DueAt_OutsideQuietHours_IsNow() =>
        Assert.Equal(At(15, 9), Quiet(22, 7).DueAt(At(15, 9)));

    [Fact]
    public void DueAt_UtcMoment_IsJudgedOnBishkekClock()
    {
        // 17:30 UTC is 23:30 in Bishkek: quiet.
        var utc = new DateTimeOffset(2026, 4, 15, 17, 30, 0, TimeSpan.Zero);
        Assert.Equal(At(16, 7), Quiet(22, 7).DueAt(utc));
    }

    [Fact]
    public void DueAt_Digest_IsTheNextDigestTimeToday_OrTomorrowOnceItPassed()
    {
        var p = new NotificationPreference { UserId = "u", DailyDigest = true, DigestAt = new TimeOnly(18, 0) };
        Assert.Equal(At(15, 18), p.DueAt(At(15, 9)));
        Assert.Equal(At(15, 18), p.DueAt(At(15, 18)));
        Assert.Equal(At(16, 18), p.DueAt(At(15, 18, 1)));
    }

    [Fact]
    public void DueAt_DigestTimeInsideQuietHours_IsHeldUntilQuietHoursEnd() =>
        Assert.Equal(At(16, 7), Quiet(22, 7, digest: true, digestHour: 23).DueAt(At(15, 10)));

    [Fact]
    public void Wants_ChannelMasks_AreIndependentPerKind()
    {
        var p = new NotificationPreference
        {
            UserId = "u", EmailKinds = NotificationKinds.Bit(NotificationKind.EntryReturned), TelegramKinds = NotificationKinds.Bit(NotificationKind.WeekToApprove),
        };
        Assert.True(p.Wants(NotificationChannel.Email, NotificationKind.EntryReturned));
        Assert.False(p.Wants(NotificationChannel.Email, NotificationKind.WeekToApprove));
        Assert.True(p.Wants(NotificationChannel.Telegram, NotificationKind.WeekToApprove));
        Assert.False(p.Wants(NotificationChannel.Telegram, NotificationKind.Other));
    }

    [Fact]
    public void Default_WantsEveryKindOnEveryChannel() =>
        Assert.All(NotificationKinds.All, k => Assert.True(NotificationPreference.Default("u").Wants(NotificationChannel.Email, k)
            && NotificationPreference.Default("u").Wants(NotificationChannel.Telegram, k)));

    [Theory]
    [InlineData("Notify_ReminderDiaryWeeks", NotificationKind.WeekToApprove)]
    [InlineData("Notify_DiaryEntryReturned", NotificationKind.EntryReturned)]
    [InlineData("Notify_PlacementProposed", NotificationKind.PlacementProposed)]
    [InlineData("Notify_AgreementToConfirm", NotificationKind.AgreementToConfirm)]
    [InlineData("Notify_ReminderAssessments", NotificationKind.AssessmentToScore)]
    [InlineData("Notify_PartnershipToSign", NotificationKind.Other)]
    public void Of_MapsMessageKeysOntoKinds(string key, NotificationKind kind) => Assert.Equal(kind, NotificationKinds.Of(key));

    [Theory]
    [InlineData("WeekToApprove", true)]
    [InlineData("0", false)]
    [InlineData("99", false)]
    [InlineData("weektoapprove", false)]
    [InlineData("ө\0", false)]
    public void ParseKind_AcceptsOnlyKindNames(string value, bool valid) =>
        Assert.Equal(valid, EditNotificationPreferences.ParseKind(value) is not null);

    [Theory]
    [InlineData("22:00", true)]
    [InlineData("7:05", true)]
    [InlineData("24:00", false)]
    [InlineData("22.00", false)]
    [InlineData("ө", false)]
    public void ParseTime_AcceptsHoursAndMinutes(string value, bool valid) =>
        Assert.Equal(valid, EditNotificationPreferences.ParseTime(value) is not null);

    [Theory]
    [InlineData("aw:0123456789abcdef0123456789abcdef:20260413:1776060000", true)]
    [InlineData("aw:0123456789abcdef0123456789abcdef:20260413", false)]
    [InlineData("aw:0123456789abcdef0123456789abcdef:20260413:-5", false)]
    [InlineData("aw:0123456789abcdef0123456789abcdef:20260413:99999999999999999999", false)]
    [InlineData("aw:0123456789abcdef0123456789abcdef:2026-04-13:1776060000", false)]
    [InlineData("xx:0123456789abcdef0123456789abcdef:20260413:1776060000", false)]
    [InlineData("aw:nothex:20260413:1776060000", false)]
    public void TryParse_CallbackData(string data, bool valid) =>
        Assert.Equal(valid, TelegramUpdates.Handler.TryParse(data, out _, out _, out _));

    [Fact]
    public void ApproveWeekData_FitsTelegramsLimit_AndReadsBack()
    {
        var id = Guid.NewGuid();
        var sent = new DateTimeOffset(2026, 12, 6, 5, 0, 0, TimeSpan.Zero);

        var data = TelegramNotifier.ApproveWeekData(id, new DateOnly(2026, 11, 30), sent);

        Assert.True(System.Text.Encoding.UTF8.GetByteCount(data) <= 64, data);
        Assert.True(TelegramUpdates.Handler.TryParse(data, out var readId, out var week, out var readSent));
        Assert.Equal((id, new DateOnly(2026, 11, 30), sent), (readId, week, readSent));
    }
}
