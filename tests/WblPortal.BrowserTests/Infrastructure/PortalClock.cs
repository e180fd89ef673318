namespace WblPortal.BrowserTests.Infrastructure;

/// <summary>The portal's clock in the browser tests: the system's, unless a journey sets a day of its own
/// (<see cref="SetBishkekTime"/>) to walk through dates that have not come yet (a diary refuses future days). Tests of
/// the collection run one after another, and a journey resets the clock when it ends (<see cref="Reset"/>).</summary>
public sealed class PortalClock : TimeProvider
{
    private DateTimeOffset? _fixedAt;

    public override DateTimeOffset GetUtcNow() => _fixedAt ?? System.GetUtcNow();

    /// <summary>The portal's "now" from here on: this moment in Bishkek (UTC+6), standing still.</summary>
    public void SetBishkekTime(DateTime local) => _fixedAt = new DateTimeOffset(local, TimeSpan.FromHours(6)).ToUniversalTime();

    public void Reset() => _fixedAt = null;
}
