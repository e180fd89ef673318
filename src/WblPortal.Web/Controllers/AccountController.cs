using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using WblPortal.Infrastructure.Identity;
using WblPortal.Web.Features;
using AcceptUseCase = WblPortal.Web.Features.Invitations.AcceptInvitation;
using ForgotUseCase = WblPortal.Web.Features.Account.ForgotPassword;
using ResetUseCase = WblPortal.Web.Features.Account.ResetPassword;
using WblPortal.Web.Infrastructure;
using WblPortal.Web.Models;
using WblPortal.Web.Security;

namespace WblPortal.Web.Controllers;

[Route("account")]
public sealed class AccountController(
    SignInManager<ApplicationUser> signInManager,
    IStringLocalizer<AccountResource> a) : PortalController
{
    [HttpGet("login")]
    [AllowAnonymous]
    public IActionResult Login(string? returnUrl) => View(new LoginModel { ReturnUrl = returnUrl });

    /// <summary>Every failure (unknown email, wrong password, locked account) gives the same message after the same
    /// work (one password hash), so the answer tells nobody which accounts exist or are locked.</summary>
    [HttpPost("login")]
    [AllowAnonymous]
    [AccountRateLimit(RateLimitKind.SignIn)]
    public async Task<IActionResult> Login(LoginModel model, [FromServices] DummyPasswordHash dummy)
    {
        if (string.IsNullOrWhiteSpace(model.Email) || string.IsNullOrEmpty(model.Password))
        {
            ModelState.AddModelError(string.Empty, a["Login_Invalid"]);
            return View(model);
        }

        var user = await signInManager.UserManager.FindByEmailAsync(model.Email.Trim());
        if (user is null || await signInManager.UserManager.IsLockedOutAsync(user))
        {
            dummy.Verify(model.Password);
            ModelState.AddModelError(string.Empty, a["Login_Invalid"]);
            return View(model);
        }

        var result = await signInManager.PasswordSignInAsync(user, model.Password, model.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(LocalUrl.SafeOr(Url, model.ReturnUrl));
        }

        if (result.RequiresTwoFactor)
        {
            var returnUrl = Url.IsLocalUrl(model.ReturnUrl) ? model.ReturnUrl : "/";
            return Redirect($"/account/login-2fa?returnUrl={Uri.EscapeDataString(returnUrl)}&rememberMe={(model.RememberMe ? "true" : "false")}");
        }

        ModelState.AddModelError(string.Empty, a["Login_Invalid"]);
        return View(model);
    }

    /// <summary>Signs out everywhere: the new security stamp ends every other session (and any copy of this cookie)
    /// at its next check.</summary>
    [HttpPost("logout")]
    public async Task<IActionResult> Logout()
    {
        if (await signInManager.UserManager.GetUserAsync(User) is { } user)
        {
            await signInManager.UserManager.UpdateSecurityStampAsync(user);
        }

        await signInManager.SignOutAsync();
        return Redirect("/");
    }

    [HttpGet("forgot-password")]
    [AllowAnonymous]
    public IActionResult ForgotPassword() => View(new ForgotUseCase.Command());

    /// <summary>Always answers with the same "check your mail" page, whether or not the email has an account.</summary>
    [HttpPost("forgot-password")]
    [AllowAnonymous]
    [AccountRateLimit(RateLimitKind.PasswordReset)]
    public async Task<IActionResult> ForgotPassword(ForgotUseCase.Command command, [FromServices] ForgotUseCase.Handler handler, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(command, cancellationToken);
        if (result.Outcome != FeatureOutcome.Done)
        {
            AddErrors(result);
            return View(command);
        }

        return View("ForgotPasswordSent");
    }

    [HttpGet("reset-password")]
    [AllowAnonymous]
    public IActionResult ResetPassword(string? uid, string? token) =>
        View(new ResetUseCase.Command { UserId = uid, Token = token });

    [HttpPost("reset-password")]
    [AllowAnonymous]
    public async Task<IActionResult> ResetPassword(ResetUseCase.Command command, [FromServices] ResetUseCase.Handler handler, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(command, cancellationToken);
        if (result.Outcome != FeatureOutcome.Done)
        {
            AddErrors(result);
            return View(command);
        }

        Flash(a["Reset_Done"]);
        return Redirect("/account/login");
    }

    [HttpGet("accept-invitation")]
    [AllowAnonymous]
    public async Task<IActionResult> AcceptInvitation(string? token, [FromServices] AcceptUseCase.Handler handler, CancellationToken cancellationToken)
    {
        var (state, invitation) = await handler.FindAsync(token, cancellationToken);
        if (state != AcceptUseCase.TokenState.Usable)
        {
            return InvitationUnusable(state);
        }

        return View(new AcceptUseCase.Command { Token = token, Email = invitation!.Email, FullName = invitation.FullName });
    }

    [HttpPost("accept-invitation")]
    [AllowAnonymous]
    public async Task<IActionResult> AcceptInvitation(AcceptUseCase.Command command, [FromServices] AcceptUseCase.Handler handler, CancellationToken cancellationToken)
    {
        var (state, result, user) = await handler.HandleAsync(command, cancellationToken);
        if (state != AcceptUseCase.TokenState.Usable)
        {
            return InvitationUnusable(state);
        }

        if (result.Outcome != FeatureOutcome.Done)
        {
            AddErrors(result);
            var (_, invitation) = await handler.FindAsync(command.Token, cancellationToken);
            command.Email = invitation?.Email;
            command.FullName = invitation?.FullName;
            return View(command);
        }

        await signInManager.SignOutAsync();
        await signInManager.SignInAsync(user!, isPersistent: false);
        Flash(a["Accept_Welcome", user!.FullName]);
        return Redirect("/");
    }

    [HttpGet("access-denied")]
    [AllowAnonymous]
    public IActionResult AccessDenied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View("~/Views/Error/Index.cshtml", 403);
    }

    private ViewResult InvitationUnusable(AcceptUseCase.TokenState state)
    {
        Response.StatusCode = state == AcceptUseCase.TokenState.Unknown ? StatusCodes.Status404NotFound : StatusCodes.Status410Gone;
        return View("InvitationUnusable", state switch
        {
            AcceptUseCase.TokenState.Expired => a["Accept_Expired"].Value,
            AcceptUseCase.TokenState.Used => a["Accept_Used"].Value,
            _ => a["Accept_Unknown"].Value,
        });
    }
}
