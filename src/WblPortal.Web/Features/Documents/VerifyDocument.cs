using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Documents;
using WblPortal.Infrastructure.Data;
using WblPortal.Infrastructure.Data.Access;

namespace WblPortal.Web.Features.Documents;

/// <summary>The public check of a printed document's code: its kind, number, date and issuer — never a person.</summary>
public static class VerifyDocument
{
    public sealed record View(string Code, IssuedDocumentKind Kind, string? Number, DateOnly? Date, string IssuerKy, string IssuerRu, string? EmployerName)
    {
        /// <summary>The SHA-256 of each issued PDF (per language, as first printed after issue).</summary>
        public IReadOnlyList<IssuedFile> Files { get; init; } = [];
    }

    public sealed record IssuedFile(string Language, string Sha256, DateTimeOffset StoredAt);

    public sealed class Handler(WblDbContext db)
    {
        /// <summary>A token look-up: the visitor is anonymous, so the code is found by name of the tenant filter, and
        /// only the organization names are read besides it.</summary>
        public async Task<View?> LoadAsync(string? code, CancellationToken cancellationToken)
        {
            var normalized = IssuedDocument.Normalize(code);
            if (normalized is null)
            {
                return null;
            }

            var document = await db.IssuedDocuments.IgnoreQueryFilters([WblDbContext.TenantFilter]).AsNoTracking().SingleOrDefaultAsync(d => d.Code == normalized, cancellationToken);
            if (document is null)
            {
                return null;
            }

            // The document found by its code names its issuer and employer: read through it, by its ids only.
            var issuer = await db.Colleges.ReadThroughCollege(document.IssuerOrganizationId)
                .Select(c => new { c.NameKy, c.NameRu }).SingleAsync(cancellationToken);
            var employer = document.EmployerId is { } employerId
                ? await db.Employers.ReadThroughEmployer(employerId).Select(e => e.Name).SingleOrDefaultAsync(cancellationToken)
                : null;
            var files = await db.IssuedDocumentFiles.IgnoreQueryFilters([WblDbContext.TenantFilter]).AsNoTracking().Where(f => f.IssuedDocumentId == document.Id)
                .OrderBy(f => f.Language).Select(f => new IssuedFile(f.Language, f.Sha256, f.StoredAt)).ToListAsync(cancellationToken);
            // An enterprise order is issued by the employer (the college row only anchors the code).
            return document.Kind == IssuedDocumentKind.EnterpriseOrder && employer is not null
                ? new View(document.Code, document.Kind, document.Number, document.Date, employer, employer, null) { Files = files }
                : new View(document.Code, document.Kind, document.Number, document.Date, issuer.NameKy, issuer.NameRu, employer) { Files = files };
        }
    }
}
