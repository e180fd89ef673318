using WblPortal.Domain.Access;

namespace WblPortal.Infrastructure.Data.Access;

/// <summary>The national roadmap's measures: everyone reads them (no filter); the ministry sets their status.</summary>
public static class RoadmapAccess
{
    public static bool CanWrite(Actor actor) => actor.Role == Roles.MinistryAnalyst;
}
