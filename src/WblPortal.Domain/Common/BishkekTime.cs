namespace WblPortal.Domain.Common;

/// <summary>The portal's one clock zone: Asia/Bishkek, UTC+6 all year (no daylight saving since 2005). Every day
/// and time a person reads or types is a Bishkek one; every stored moment is a <see cref="DateTimeOffset"/>.</summary>
public static class BishkekTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(6);

    /// <summary>The Bishkek calendar day a moment falls on.</summary>
    public static DateOnly DayOf(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(Offset).DateTime);

    /// <summary>Today in Bishkek.</summary>
    public static DateOnly Today(TimeProvider clock) => DayOf(clock.GetUtcNow());

    /// <summary>A Bishkek wall-clock time on a day, as a moment.</summary>
    public static DateTimeOffset At(DateOnly day, TimeOnly time) => new(day.ToDateTime(time), Offset);

    /// <summary>Midnight that starts a Bishkek day.</summary>
    public static DateTimeOffset StartOf(DateOnly day) => At(day, TimeOnly.MinValue);
}
