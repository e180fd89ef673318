using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;
using WblPortal.Infrastructure.Identity;

namespace WblPortal.Web.Features.Account;

/// <summary>Sets a new password from an emailed reset link, and lifts a lockout.</summary>
public static class ResetPassword
{
    public sealed class Command
    {
        public string? UserId { get; set; }
        public string? Token { get; set; }
        public string? Password { get; set; }
        public string? ConfirmPassword { get; set; }
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

    public sealed class Handler(UserManager<ApplicationUser> users, IValidator<Command> validator, IStringLocalizer<SharedResource> l)
    {
        public async Task<FeatureResult> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            var validation = await validator.ValidateAsync(command, cancellationToken);
            if (!validation.IsValid)
            {
                return FeatureResult.Invalid(validation.Errors);
            }

            var user = string.IsNullOrEmpty(command.UserId) ? null : await users.FindByIdAsync(command.UserId);
            var token = Decode(command.Token);
            if (user is null || token is null)
            {
                return FeatureResult.Invalid(string.Empty, l["Identity_InvalidToken"]);
            }

            var result = await users.ResetPasswordAsync(user, token, command.Password!);
            if (!result.Succeeded)
            {
                // A bad token is a page-level error; password rules go next to the field.
                return FeatureResult.Invalid(result.Errors
                    .Select(e => new FluentValidation.Results.ValidationFailure(e.Code == nameof(IdentityErrorDescriber.InvalidToken) ? string.Empty : nameof(Command.Password), e.Description))
                    .ToList());
            }

            await users.SetLockoutEndDateAsync(user, null);
            await users.ResetAccessFailedCountAsync(user);
            return FeatureResult.Done(Guid.Empty);
        }

        private static string? Decode(string? token)
        {
            if (string.IsNullOrEmpty(token))
            {
                return null;
            }

            try
            {
                return System.Text.Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(token));
            }
            catch (FormatException)
            {
                return null;
            }
        }
    }
}
