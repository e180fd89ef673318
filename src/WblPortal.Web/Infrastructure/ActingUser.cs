using WblPortal.Domain.Common;
namespace WblPortal.Web.Infrastructure;

/// <summary>Bishkek's clock (the acting user is <c>WorkflowUser.From(db.Actor)</c>).</summary>
public static class ActingUser
{
    /// <summary>Today in Bishkek (UTC+6, no daylight saving).</summary>
    public static DateOnly BishkekToday(this TimeProvider clock) => BishkekTime.Today(clock);
}
