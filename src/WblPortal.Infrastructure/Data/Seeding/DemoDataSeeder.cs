using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Access;
using WblPortal.Infrastructure.Identity;

namespace WblPortal.Infrastructure.Data.Seeding;

/// <summary>
/// Development demo data: the pilot colleges of Table 1 of the concept, employers, mentors, groups, learners, a
/// ministry and one account per role. Idempotent: a second run adds nothing.
/// </summary>
public sealed class DemoDataSeeder(
    DbContextOptions<WblDbContext> options,
    UserManager<ApplicationUser> userManager,
    RoleManager<IdentityRole> roleManager)
{
    /// <summary>The password of every demo account (Development only; listed in the README).</summary>
    public const string DemoPassword = "Demo-2026-wbl";

    /// <summary>The day the demo data describes (Asia/Bishkek): nothing recorded in it is dated later.</summary>
    public static readonly DateOnly Today = new(2026, 11, 26);

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        await using var db = new WblDbContext(options, new FixedActorAccessor(Actor.System));
        await EnsureRolesAsync(roleManager);

        var data = await DemoData.LoadOrCreateAsync(db, cancellationToken);
        foreach (var account in data.Accounts)
        {
            await EnsureUserAsync(account);
        }
    }

    public static async Task EnsureRolesAsync(RoleManager<IdentityRole> roles)
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }

    private async Task EnsureUserAsync(DemoAccount account)
    {
        if (await userManager.FindByEmailAsync(account.Email) is not null)
        {
            return;
        }

        var user = new ApplicationUser
        {
            UserName = account.Email,
            Email = account.Email,
            EmailConfirmed = true,
            FullName = account.FullName,
            OrganizationKind = Roles.OrganizationKindOf(account.Role),
            OrganizationId = account.OrganizationId,
            MentorId = account.MentorId,
            LearnerId = account.LearnerId,
        };
        var created = await userManager.CreateAsync(user, DemoPassword);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
        }

        await userManager.AddToRoleAsync(user, account.Role);
    }
}

public sealed record DemoAccount(string Email, string FullName, string Role, Guid? OrganizationId, Guid? MentorId = null, Guid? LearnerId = null);
