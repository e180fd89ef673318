using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using WblPortal.Infrastructure.Documents;
using WblPortal.Infrastructure.Identity;
using WblPortal.Web.Features;
using WblPortal.Web.Infrastructure;
using WblPortal.Web.Security;
using ChangePasswordUseCase = WblPortal.Web.Features.Account.ChangePassword;
using ResetTwoFactorUseCase = WblPortal.Web.Features.Users.ResetTwoFactor;

namespace WblPortal.Web.Controllers;

/// <summary>The signed-in user's own security: password change and the authenticator app (second factor); and the
/// second step of signing in.</summary>
[Route("account")]
[Authorize]
public sealed class AccountSecurityController(
    SignInManager<ApplicationUser> signInManager,
    IOptions<SecurityOptions> security,
    IStringLocalizer<AccountResource> a) : PortalController
{
    public const int RecoveryCodeCount = 10;

    private UserManager<ApplicationUser> Users => signInManager.UserManager;

    [HttpGet("change-password")]
    public IActionResult ChangePassword() => View(new ChangePasswordUseCase.Command());

    [HttpPost("change-password")]
    public async Task<IActionResult> ChangePassword(ChangePasswordUseCase.Command command, [FromServices] ChangePasswordUseCase.Handler handler, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(User, command, cancellationToken);
        if (result.Outcome == FeatureOutcome.NotFound)
        {
            return Challenge();
        }

        if (result.Outcome != FeatureOutcome.Done)
        {
            AddErrors(result);
            return View(new ChangePasswordUseCase.Command());
        }

        Flash(a["ChangePassword_Done"]);
        return Redirect("/account/two-factor");
    }

    /// <summary>The account's security page: whether the authenticator is on, recovery codes left, switch off.</summary>
    [HttpGet("two-factor")]
    public async Task<IActionResult> TwoFactor()
    {
        var user = await Users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        return View(new TwoFactorStatus(user.TwoFactorEnabled, user.TwoFactorEnabled ? await Users.CountRecoveryCodesAsync(user) : 0,
            TwoFactorEnrolment.IsRequiredFor(User) && security.Value.RequireTwoFactorForAdmins));
    }

    [HttpGet("two-factor/enable")]
    public async Task<IActionResult> Enable()
    {
        var user = await Users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (user.TwoFactorEnabled)
        {
            return Redirect("/account/two-factor");
        }

        return View(await EnrolmentAsync(user, null));
    }

    /// <summary>Checks a code from the app; on success switches the second factor on and shows the recovery codes,
    /// once.</summary>
    [HttpPost("two-factor/enable")]
    public async Task<IActionResult> Enable(string? code)
    {
        var user = await Users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (user.TwoFactorEnabled)
        {
            return Redirect("/account/two-factor");
        }

        if (string.IsNullOrWhiteSpace(code) || !await Users.VerifyTwoFactorTokenAsync(user, ReplayProtectedAuthenticatorTokenProvider.Name, code))
        {
            ModelState.AddModelError(nameof(TwoFactorEnrolmentModel.Code), a["TwoFactor_InvalidCode"]);
            return View(await EnrolmentAsync(user, null));
        }

        await Users.SetTwoFactorEnabledAsync(user, true);
        var codes = await Users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount);
        await signInManager.RefreshSignInAsync(user);
        return View("RecoveryCodes", codes?.ToList() ?? []);
    }

    [HttpPost("two-factor/recovery-codes")]
    public async Task<IActionResult> RecoveryCodes()
    {
        var user = await Users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (!user.TwoFactorEnabled)
        {
            return Redirect("/account/two-factor");
        }

        var codes = await Users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount);
        return View("RecoveryCodes", codes?.ToList() ?? []);
    }

    /// <summary>Switches the authenticator off and forgets its key (new key, new security stamp: the user's other
    /// sessions end). Users who must have a second factor are asked to enrol again.</summary>
    [HttpPost("two-factor/disable")]
    public async Task<IActionResult> Disable()
    {
        var user = await Users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        await ResetTwoFactorUseCase.Handler.DisableAsync(Users, user);
        await signInManager.RefreshSignInAsync(user);
        Flash(a["TwoFactor_Disabled"]);
        return Redirect("/account/two-factor");
    }

    [HttpGet("login-2fa")]
    [AllowAnonymous]
    public async Task<IActionResult> LoginTwoFactor(string? returnUrl, bool rememberMe)
    {
        if (await signInManager.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return Redirect("/account/login");
        }

        return View(new TwoFactorLoginModel { ReturnUrl = returnUrl, RememberMe = rememberMe });
    }

    /// <summary>The second step of signing in: a code from the app, or one of the recovery codes (each works once).</summary>
    [HttpPost("login-2fa")]
    [AllowAnonymous]
    public async Task<IActionResult> LoginTwoFactor(TwoFactorLoginModel model)
    {
        if (await signInManager.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return Redirect("/account/login");
        }

        var code = model.Code?.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal) ?? "";
        var recovery = model.RecoveryCode?.Trim() ?? "";
        Microsoft.AspNetCore.Identity.SignInResult result;
        if (recovery.Length > 0)
        {
            result = await signInManager.TwoFactorRecoveryCodeSignInAsync(recovery);
        }
        else if (code.Length > 0)
        {
            result = await signInManager.TwoFactorAuthenticatorSignInAsync(code, model.RememberMe, rememberClient: false);
        }
        else
        {
            result = Microsoft.AspNetCore.Identity.SignInResult.Failed;
        }

        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(model.ReturnUrl) ? model.ReturnUrl : "/");
        }

        ModelState.AddModelError(string.Empty, a["TwoFactor_InvalidCode"]);
        return View(new TwoFactorLoginModel { ReturnUrl = model.ReturnUrl, RememberMe = model.RememberMe });
    }

    private async Task<TwoFactorEnrolmentModel> EnrolmentAsync(ApplicationUser user, string? code)
    {
        var key = await Users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await Users.ResetAuthenticatorKeyAsync(user);
            await signInManager.RefreshSignInAsync(user); // the reset changed the security stamp
            key = (await Users.GetAuthenticatorKeyAsync(user))!;
        }

        var uri = AuthenticatorUri(user.Email ?? user.UserName ?? user.Id, key);
        return new TwoFactorEnrolmentModel(FormatKey(key), uri, "data:image/png;base64," + Convert.ToBase64String(QrCodes.Png(uri, 4)), code);
    }

    /// <summary>The otpauth:// URI authenticator apps read from the QR code (Google's Key Uri Format).</summary>
    public static string AuthenticatorUri(string account, string key)
    {
        const string Issuer = "WBL Portal";
        return $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(account)}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6&period=30";
    }

    private static string FormatKey(string key)
    {
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            text.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return text.ToString().TrimEnd().ToLowerInvariant();
    }
}

public sealed record TwoFactorStatus(bool Enabled, int RecoveryCodesLeft, bool Required);

public sealed record TwoFactorEnrolmentModel(string SharedKey, string AuthenticatorUri, string QrDataUri, string? Code);

public sealed class TwoFactorLoginModel
{
    public string? Code { get; set; }
    public string? RecoveryCode { get; set; }
    public bool RememberMe { get; set; }
    public string? ReturnUrl { get; set; }
}
