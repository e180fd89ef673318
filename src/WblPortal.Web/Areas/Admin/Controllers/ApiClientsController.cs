using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using WblPortal.Web.Authorization;
using WblPortal.Web.Features.Api;
using WblPortal.Web.Infrastructure.Lists;

namespace WblPortal.Web.Areas.Admin.Controllers;

/// <summary>The systems of the state that read the API: register (the token is shown on the answer page, once), list,
/// revoke. Every change is in the audit trail (AuditInterceptor); the token itself is never stored.</summary>
[Area("Admin")]
[Authorize(Policy = Policies.Admin)]
public sealed class ApiClientsController(IStringLocalizer<ApiResource> api) : PortalController
{
    public async Task<IActionResult> Index([FromQuery] ListQuery query, [FromServices] ListApiClients.Handler handler, CancellationToken cancellationToken) =>
        View(await handler.ListAsync(query, cancellationToken));

    public IActionResult Create() => View(new RegisterApiClient.Command());

    [HttpPost]
    public async Task<IActionResult> Create(RegisterApiClient.Command command, [FromServices] RegisterApiClient.Handler handler,
        CancellationToken cancellationToken)
    {
        var registered = await handler.HandleAsync(command, cancellationToken);
        if (registered.Token is null)
        {
            ShowErrorsOf(registered.Result);
            return View(command);
        }

        // Rendered straight from the POST, never stored or redirected with: the one time the token exists outside the client.
        return View("Created", new CreatedModel(command.Name!.Trim(), registered.Token));
    }

    [HttpPost]
    public async Task<IActionResult> Revoke(Guid id, uint version, [FromServices] RevokeApiClient.Handler handler, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(id, version, cancellationToken);
        switch (result.Outcome)
        {
            case FeatureOutcome.NotFound:
                return NotFound();
            case FeatureOutcome.Conflict:
                Flash(L["Common_ConcurrencyConflict"]);
                break;
            default:
                Flash(api["Clients_Revoked"]);
                break;
        }

        return RedirectToAction(nameof(Index));
    }

    public sealed record CreatedModel(string Name, string Token);
}
