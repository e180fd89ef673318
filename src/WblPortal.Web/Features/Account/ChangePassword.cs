using System.Security.Claims;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using WblPortal.Infrastructure.Identity;

namespace WblPortal.Web.Features.Account;

/// <summary>A signed-in user changes their password with the current one. The security stamp changes with it, so the
/// user's other sessions end; this one is signed in again.</summary>
public static class ChangePassword
{
    public sealed class Command
    {
        public string? CurrentPassword { get; set; }
        public string? NewPassword { get; set; }
        public string? ConfirmPassword { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> l, IStringLocalizer<AccountResource> a)
        {
            RuleLevelCascadeMode = CascadeMode.Stop;
            RuleFor(c => c.CurrentPassword).NotEmpty().WithMessage(_ => l["Validation_Required"]);
            RuleFor(c => c.NewPassword).NotEmpty().WithMessage(_ => l["Validation_Required"]);
            RuleFor(c => c.ConfirmPassword).NotEmpty().WithMessage(_ => l["Validation_Required"])
                .Equal(c => c.NewPassword).WithMessage(_ => a["Password_Mismatch"]);
        }
    }

    public sealed class Handler(SignInManager<ApplicationUser> signIn, IValidator<Command> validator, IStringLocalizer<AccountResource> a)
    {
        public async Task<FeatureResult> HandleAsync(ClaimsPrincipal principal, Command command, CancellationToken cancellationToken)
        {
            var validation = await validator.ValidateAsync(command, cancellationToken);
            if (!validation.IsValid)
            {
                return FeatureResult.Invalid(validation.Errors);
            }

            var user = await signIn.UserManager.GetUserAsync(principal);
            if (user is null)
            {
                return FeatureResult.NotFound;
            }

            var result = await signIn.UserManager.ChangePasswordAsync(user, command.CurrentPassword!, command.NewPassword!);
            if (!result.Succeeded)
            {
                return FeatureResult.Invalid(result.Errors
                    .Select(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch)
                        ? new FluentValidation.Results.ValidationFailure(nameof(Command.CurrentPassword), a["ChangePassword_WrongCurrent"])
                        : new FluentValidation.Results.ValidationFailure(nameof(Command.NewPassword), e.Description))
                    .ToList());
            }

            await signIn.RefreshSignInAsync(user);
            return FeatureResult.Done(Guid.Empty);
        }
    }
}
