using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Documents;
using WblPortal.Infrastructure.Data;
using WblPortal.Infrastructure.Data.Access;
using WblPortal.Infrastructure.Documents.Official;

namespace WblPortal.Web.Features.Documents;

/// <summary>
/// The PDF of a document: an issued one (its verification marked issued) is rendered once per language (and per copy with
/// or without consented personal details, <see cref="OfficialDocument.WithPersonalDetails"/>), stored with its SHA-256 and from then on served as stored; a draft (or a living record such as a diary) is rendered live every time.
/// </summary>
public static class IssuedPdfs
{
    public sealed class Handler(WblDbContext db, TimeProvider clock)
    {
        /// <summary>Call only with a document loaded through the filtered context (the caller may read it): the stored
        /// PDF is found by the document's code, ignoring the tenant filter by name, as <see cref="DocumentCodes"/> does.</summary>
        public async Task<byte[]> PdfAsync(OfficialDocument document, CancellationToken cancellationToken)
        {
            if (document.Verification is not { Issued: true } verification || !document.IsIssuedRecord)
            {
                return document.ToPdf();
            }

            var issued = await db.IssuedDocuments.IgnoreQueryFilters([WblDbContext.TenantFilter]).AsNoTracking()
                .SingleOrDefaultAsync(d => d.Code == verification.Code, cancellationToken);
            if (issued is null)
            {
                return document.ToPdf();
            }

            var language = document.Language.Code();
            // A document printing consented personal details has two stored copies; the one asked for is the one the
            // consent allows now (the caller decided it when loading the document), so a copy printed under a consent is
            // never served after its withdrawal.
            var details = document.WithPersonalDetails;
            var stored = await FindAsync(issued.Id, language, details, cancellationToken);
            if (stored is not null)
            {
                return stored;
            }

            var file = IssuedDocumentFile.Create(issued, language, document.ToPdf(), clock.GetUtcNow(), details);
            if (!db.Actor.CanWrite(file))
            {
                // A reader who may not record documents (the ministry reading a submitted report) gets the rendering; the
                // record is stored on the issuer's or a party's first print.
                return file.Pdf;
            }

            db.IssuedDocumentFiles.Add(file);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return file.Pdf;
            }
            catch (DbUpdateException)
            {
                // Another request stored it first (unique document + language + copy): theirs is the issued one.
                db.Entry(file).State = EntityState.Detached;
                return await FindAsync(issued.Id, language, details, cancellationToken) ?? throw new InvalidOperationException("The issued PDF could not be stored.");
            }
        }

        private Task<byte[]?> FindAsync(Guid issuedDocumentId, string language, bool withPersonalDetails, CancellationToken cancellationToken) =>
            db.IssuedDocumentFiles.IgnoreQueryFilters([WblDbContext.TenantFilter]).AsNoTracking()
                .Where(f => f.IssuedDocumentId == issuedDocumentId && f.Language == language && f.WithPersonalDetails == withPersonalDetails)
                .Select(f => f.Pdf).SingleOrDefaultAsync(cancellationToken);
    }
}
