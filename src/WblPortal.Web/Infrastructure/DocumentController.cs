using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using WblPortal.Infrastructure.Documents.Official;
using WblPortal.Web.Features.Documents;

namespace WblPortal.Web.Infrastructure;

/// <summary>The preview page of an official document: the same composition as its PDF, rendered as HTML.</summary>
public sealed record DocumentPreviewModel(string Title, string Html, DocumentLanguage Language, string PdfUrl, string KyUrl, string RuUrl, bool HasVerification);

/// <summary>Base of the Areas' document endpoints: a PDF download and an HTML preview from one document object.</summary>
public abstract class DocumentController : PortalController
{
    public const string PreviewView = "~/Views/Documents/Preview.cshtml";

    protected IActionResult Pdf(OfficialDocument? document, string name)
    {
        if (document is null)
        {
            return NotFound();
        }

        return new IssuedPdfResult(document, $"{name}-{document.Language.Code()}.pdf");
    }

    /// <summary>An issued document's stored PDF (stored on its first print), or a draft's live rendering.</summary>
    private sealed class IssuedPdfResult(OfficialDocument document, string fileName) : IActionResult
    {
        public async Task ExecuteResultAsync(ActionContext context)
        {
            var pdfs = context.HttpContext.RequestServices.GetRequiredService<IssuedPdfs.Handler>();
            var bytes = await pdfs.PdfAsync(document, context.HttpContext.RequestAborted);
            await new FileContentResult(bytes, "application/pdf") { FileDownloadName = fileName }.ExecuteResultAsync(context);
        }
    }

    protected IActionResult Preview(OfficialDocument? document, string title, string pdfAction, Guid? id)
    {
        if (document is null)
        {
            return NotFound();
        }

        string Link(string action, DocumentLanguage language) => Url.Action(action, new { id, lang = language.Code() })!;
        var previewAction = ControllerContext.ActionDescriptor.ActionName;
        return View(PreviewView, new DocumentPreviewModel(title, document.ToHtml(), document.Language, Link(pdfAction, document.Language),
            Link(previewAction, DocumentLanguage.Ky), Link(previewAction, DocumentLanguage.Ru), document.Verification is not null));
    }

    /// <summary>?lang=ky|ru; without it, the language of the page.</summary>
    protected static DocumentLanguage Language(string? lang) => DocumentLanguages.Parse(lang ?? CultureInfo.CurrentUICulture.Name);
}
