using System.Linq.Expressions;
using WblPortal.Domain.Access;
using WblPortal.Domain.Api;

namespace WblPortal.Infrastructure.Data.Access;

/// <summary>Who may see and change the API clients: the platform admin only (the ministry reads figures, not who reads
/// them). The API's authentication looks a token's hash up by name of the filter (a token look-up), before any actor.</summary>
public static class ApiClientAccess
{
    public static readonly Expression<Func<WblDbContext, ApiClient, bool>> ReadApiClients =
        (db, c) => db.ScopeSystem || db.ScopePlatformAdmin;

    public static bool CanWrite(Actor actor) => actor.Role == Roles.PlatformAdmin;
}
