namespace WblPortal.Web.Infrastructure;

/// <summary>Bishkek's clock (the acting user is <c>WorkflowUser.From(db.Actor)</c>).</summary>
public static class ActingUser
{
    /// <summary>Today in Bishkek (UTC+6, no daylight saving).</summary>
    public static DateOnly BishkekToday(this TimeProvider clock) =>
        DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(Bishkek).DateTime);

    public static readonly TimeSpan Bishkek = TimeSpan.FromHours(6);
}
