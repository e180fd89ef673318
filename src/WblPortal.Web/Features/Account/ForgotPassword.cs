using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;
using WblPortal.Infrastructure.Identity;
using WblPortal.Web.Infrastructure;

namespace WblPortal.Web.Features.Account;

/// <summary>Emails a password reset link. Answers the same whether or not the email belongs to a user, so the
/// page never tells who has an account.</summary>
public static class ForgotPassword
{
    public sealed class Command
    {
        public string? Email { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> l)
        {
            RuleLevelCascadeMode = CascadeMode.Stop;
            RuleFor(c => c.Email).NotEmpty().WithMessage(_ => l["Validation_Required"])
                .EmailAddress().WithMessage(_ => l["Validation_Email"]);
        }
    }

    public sealed class Handler(UserManager<ApplicationUser> users, SendAccountEmail.Handler emails, IValidator<Command> validator, PublicLinks links)
    {
        /// <summary>The link comes from the configured public address, never from the request's Host header: a forged
        /// Host would otherwise mail the reset token to an attacker's server.</summary>
        public async Task<FeatureResult> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            var validation = await validator.ValidateAsync(command, cancellationToken);
            if (!validation.IsValid)
            {
                return FeatureResult.Invalid(validation.Errors);
            }

            var user = await users.FindByEmailAsync(command.Email!.Trim());
            if (user is not null)
            {
                var token = await users.GeneratePasswordResetTokenAsync(user);
                var encoded = WebEncoders.Base64UrlEncode(System.Text.Encoding.UTF8.GetBytes(token));
                await emails.SendPasswordResetAsync(user.Email!, user.FullName, links.ResetPassword(user.Id, encoded), cancellationToken);
            }

            return FeatureResult.Done(Guid.Empty);
        }
    }
}
