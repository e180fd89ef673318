using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using WblPortal.Domain.Documents;
using WblPortal.Web.Features.Documents;

namespace WblPortal.Web.Controllers;

/// <summary>The public page a document's QR code points to: anyone holding the paper can check it is genuine.</summary>
[AllowAnonymous]
public sealed class VerifyController : Controller
{
    /// <summary>The form to type a code from paper; a typed code goes to its page.</summary>
    [HttpGet("/verify")]
    public IActionResult Index(string? code) =>
        string.IsNullOrWhiteSpace(code) ? View() : RedirectToAction(nameof(Code), new { code = IssuedDocument.Normalize(code) ?? code.Trim() });

    [HttpGet("/verify/{code}")]
    public async Task<IActionResult> Code(string code, [FromServices] VerifyDocument.Handler handler, CancellationToken cancellationToken)
    {
        var view = await handler.LoadAsync(code, cancellationToken);
        if (view is null)
        {
            // Not the generic 404 page: the visitor holding a paper is told plainly that no such document was issued.
            Response.StatusCode = StatusCodes.Status404NotFound;
            return View("Unknown", code);
        }

        return View(view);
    }
}
