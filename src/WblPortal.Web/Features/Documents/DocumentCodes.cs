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
        /// download a document whose code the college created, and the row answers nothing but its code and number (the
        /// register's last number is read the same way: only the number).
        /// </summary>
        public async Task<DocumentVerification> GetOrCreateAsync(IssuedDocumentKind kind, Guid entityId, string? number, DateOnly? date,
            Guid collegeId, Guid? employerId,  CancellationToken cancellationToken)
        {
            var found = await FindAsync(kind, entityId, cancellationToken);
            // A registered kind (agreement, protocol, certificate) takes the next number of its college's register for the
            // year; two first prints racing for the same number meet the unique index, and the loser tries again.
            for (var attempt = 0; found is null; attempt++)
            {
                var issued = IssuedDocument.IsRegistered(kind) && date is { } day
                    ? IssuedDocument.Registered(kind, entityId, await NextNumberAsync(kind, collegeId, day.Year, cancellationToken), day, collegeId, employerId,
                        clock.GetUtcNow())
                    : IssuedDocument.Create(kind, entityId, number, date, collegeId, employerId, clock.GetUtcNow());
                db.IssuedDocuments.Add(issued);
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                    found = (issued.Code, issued.Number);
                }
                catch (DbUpdateException) when (attempt < 5)
                {
                    // Another request created it first (unique kind + entity), or took the number: use theirs, or try the next.
                    db.Entry(issued).State = EntityState.Detached;
                    found = await FindAsync(kind, entityId, cancellationToken);
                }
            }

            return new DocumentVerification(found.Value.Code, links.Verify(found.Value.Code))
            {
                Issued = kind is not (IssuedDocumentKind.LearnerDiary or IssuedDocumentKind.LearnerCertificate),
                Number = found.Value.Number,
            };
        }

        /// <summary>The number a registered document already has, without creating one (for the pages that show it).</summary>
        public async Task<string?> NumberAsync(IssuedDocumentKind kind, Guid entityId, CancellationToken cancellationToken) =>
            (await FindAsync(kind, entityId, cancellationToken))?.Number;

        private async Task<int> NextNumberAsync(IssuedDocumentKind kind, Guid collegeId, int year, CancellationToken cancellationToken) =>
            (await db.IssuedDocuments.IgnoreQueryFilters([WblDbContext.TenantFilter]).AsNoTracking()
                .Where(d => d.IssuerOrganizationId == collegeId && d.Kind == kind && d.RegisterYear == year)
                .MaxAsync(d => d.RegisterNumber, cancellationToken) ?? 0) + 1;

        private async Task<(string Code, string? Number)?> FindAsync(IssuedDocumentKind kind, Guid entityId, CancellationToken cancellationToken)
        {
            var row = await db.IssuedDocuments.IgnoreQueryFilters([WblDbContext.TenantFilter]).AsNoTracking()
                .Where(d => d.Kind == kind && d.EntityId == entityId).Select(d => new { d.Code, d.Number }).SingleOrDefaultAsync(cancellationToken);
            return row is null ? null : (row.Code, row.Number);
        }
    }
}
