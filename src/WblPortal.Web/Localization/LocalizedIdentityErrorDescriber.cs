using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace WblPortal.Web.Localization;

/// <summary>Identity's errors (passwords, emails, tokens) in the user's language.</summary>
public sealed class LocalizedIdentityErrorDescriber(IStringLocalizer<SharedResource> localizer) : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError), localizer["Identity_DefaultError"]);
    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), localizer["Identity_DuplicateEmail", email]);
    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), localizer["Identity_DuplicateUserName", userName]);
    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), localizer["Identity_InvalidEmail", email ?? ""]);
    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), localizer["Identity_InvalidToken"]);
    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), localizer["Identity_PasswordMismatch"]);
    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), localizer["Identity_PasswordTooShort", length]);
    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), localizer["Identity_PasswordRequiresDigit"]);
    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), localizer["Identity_PasswordRequiresLower"]);
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), localizer["Identity_PasswordRequiresUniqueChars", uniqueChars]);

    private static IdentityError Error(string code, LocalizedString description) => new() { Code = code, Description = description.Value };
}
