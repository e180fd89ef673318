using WblPortal.Domain.Access;

namespace WblPortal.Infrastructure.Data.Access;

/// <summary>Reference data (regions, NQF levels and their minimum WBL shares, the forms catalogue, the ministry's row):
/// everyone reads it, no filter; it drives the workflows, so only the platform admin (and the system) changes it.</summary>
public static class ReferenceAccess
{
    /// <summary>Regions, NQF levels and the forms catalogue (not domain entities: checked by type in SaveChanges).</summary>
    public static bool CanWriteReferenceData(Actor actor) => actor.IsSystem || actor.Role == Roles.PlatformAdmin;

    /// <summary>The ministry's row.</summary>
    public static bool CanWriteMinistry(Actor actor) => actor.Role == Roles.PlatformAdmin;
}
