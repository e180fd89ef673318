using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Documents;
using WblPortal.Infrastructure.Data;
using WblPortal.Infrastructure.Documents.Official;
using WblPortal.Web.Infrastructure;

namespace WblPortal.Web.Features.Documents;

/// <summary>The verification code of a document: created on its first download, the same on every later one.</summary>
public static class DocumentCodes
{
    public sealed class Handler(WblDbContext db, TimeProvider clock, PublicLinks links)
    {
        /// <summary>
        /// Call only after the document itself was loaded through the filtered context (the caller may read it). The
        /// look-up by (kind, entity) ignores the tenant filter by name: a learner or an employer may be the first to
        /// download a document whose code the college created, and the row answers nothing but its code.
        /// </summary>
        public async Task<DocumentVerification> GetOrCreateAsync(IssuedDocumentKind kind, Guid entityId, string? number, DateOnly? date,
            Guid collegeId, Guid? employerId,  CancellationToken cancellationToken)
        {
            var code = await FindAsync(kind, entityId, cancellationToken);
            if (code is null)
            {
                var issued = IssuedDocument.Create(kind, entityId, number, date, collegeId, employerId, clock.GetUtcNow());
                db.IssuedDocuments.Add(issued);
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                    code = issued.Code;
                }
                catch (DbUpdateException)
                {
                    // Another request created it first (unique kind + entity): use theirs.
                    db.Entry(issued).State = EntityState.Detached;
                    code = await FindAsync(kind, entityId, cancellationToken) ?? throw new InvalidOperationException("The document code could not be stored.");
                }
            }

            return new DocumentVerification(code, links.Verify(code))
            {
                Issued = kind is not (IssuedDocumentKind.LearnerDiary or IssuedDocumentKind.LearnerCertificate),
            };
        }

        private Task<string?> FindAsync(IssuedDocumentKind kind, Guid entityId, CancellationToken cancellationToken) =>
            db.IssuedDocuments.IgnoreQueryFilters([WblDbContext.TenantFilter]).AsNoTracking()
                .Where(d => d.Kind == kind && d.EntityId == entityId).Select(d => d.Code).SingleOrDefaultAsync(cancellationToken);
    }
}
