using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Infrastructure.Data;
using WblPortal.Infrastructure.Identity;

namespace WblPortal.Web.Features.Invitations;

/// <summary>The invitee sets a password; the account is created in the invitation's role and organization.</summary>
public static class AcceptInvitation
{
    public enum TokenState
    {
        Usable,
        Unknown,
        Expired,
        Used,
    }

    public sealed class Command
    {
        public string? Token { get; set; }
        public string? Password { get; set; }
        public string? ConfirmPassword { get; set; }

        // Shown on the form, never bound from it.
        public string? Email { get; set; }
        public string? FullName { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> l, IStringLocalizer<AccountResource> a)
        {
            RuleLevelCascadeMode = CascadeMode.Stop;
            RuleFor(c => c.Password).NotEmpty().WithMessage(_ => l["Validation_Required"]);
            RuleFor(c => c.ConfirmPassword).NotEmpty().WithMessage(_ => l["Validation_Required"])
                .Equal(c => c.Password).WithMessage(_ => a["Password_Mismatch"]);
        }
    }

    public sealed class Handler(
        WblDbContext db,
        UserManager<ApplicationUser> users,
        RoleManager<IdentityRole> roles,
        IValidator<Command> validator,
        TimeProvider clock)
    {
        /// <summary>The invitee is anonymous, so the lookup bypasses the tenant filter, by name and by token hash only.</summary>
        public async Task<(TokenState State, Invitation? Invitation)> FindAsync(string? token, CancellationToken cancellationToken)
        {
            if (string.IsNullOrWhiteSpace(token) || token.Length > 200)
            {
                return (TokenState.Unknown, null);
            }

            var hash = Invitation.Hash(token.Trim());
            var invitation = await db.Invitations.IgnoreQueryFilters([WblDbContext.TenantFilter])
                .SingleOrDefaultAsync(i => i.TokenHash == hash, cancellationToken);
            return invitation switch
            {
                null => (TokenState.Unknown, null),
                { AcceptedAt: not null } => (TokenState.Used, invitation),
                _ when !invitation.IsUsable(clock.GetUtcNow()) => (TokenState.Expired, invitation),
                _ => (TokenState.Usable, invitation),
            };
        }

        /// <returns>The state of the token, the outcome, and the new user when it was created.</returns>
        public async Task<(TokenState State, FeatureResult Result, ApplicationUser? User)> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            var (state, invitation) = await FindAsync(command.Token, cancellationToken);
            if (state != TokenState.Usable)
            {
                return (state, FeatureResult.NotFound, null);
            }

            var validation = await validator.ValidateAsync(command, cancellationToken);
            if (!validation.IsValid)
            {
                return (state, FeatureResult.Invalid(validation.Errors), null);
            }

            var user = new ApplicationUser
            {
                UserName = invitation!.Email,
                Email = invitation.Email,
                EmailConfirmed = true,
                FullName = invitation.FullName,
                OrganizationKind = invitation.OrganizationKind,
                OrganizationId = invitation.OrganizationId,
                MentorId = invitation.MentorId,
                LearnerId = invitation.LearnerId,
                PreferredCulture = System.Globalization.CultureInfo.CurrentUICulture.Name,
            };

            return await db.InTransactionAsync<(TokenState, FeatureResult, ApplicationUser?)>(async (transaction, ct) =>
            {
                var created = await users.CreateAsync(user, command.Password!);
                if (!created.Succeeded)
                {
                    return (state, FeatureResult.Invalid(created.Errors
                        .Select(e => new FluentValidation.Results.ValidationFailure(nameof(Command.Password), e.Description)).ToList()), null);
                }

                if (!await roles.RoleExistsAsync(invitation.Role))
                {
                    await roles.CreateAsync(new IdentityRole(invitation.Role));
                }

                await users.AddToRoleAsync(user, invitation.Role);

                // Single use: only the request that flips accepted_at from null wins.
                var now = clock.GetUtcNow();
                var claimed = await db.Invitations.IgnoreQueryFilters([WblDbContext.TenantFilter])
                    .Where(i => i.Id == invitation.Id && i.AcceptedAt == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(i => i.AcceptedAt, now), ct);
                if (claimed != 1)
                {
                    await transaction.RollbackAsync(ct);
                    return (TokenState.Used, FeatureResult.NotFound, null);
                }

                await transaction.CommitAsync(ct);
                return (state, FeatureResult.Done(Guid.Empty), user);
            }, cancellationToken);
        }
    }
}
