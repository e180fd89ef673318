using WblPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Agreements;
using WblPortal.Domain.Documents;
using WblPortal.Domain.Orders;
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

        /// <summary>Issued orders correcting this order (empty for other kinds and for an order never corrected).</summary>
        public IReadOnlyList<Correction> CorrectedBy { get; init; } = [];

        /// <summary>When the document stopped being in force without a new document (an agreement cancelled by the
        /// college after it was confirmed); null while it stands.</summary>
        public DateOnly? RevokedOn { get; init; }
    }

    /// <param name="WithPersonalDetails">The copy printed with the learner's consented details (an agreement issued
    /// while the transfer consent was in force); the other copy names the learner and their group only. Both are issued
    /// records and both verify.</param>
    public sealed record IssuedFile(string Language, string Sha256, DateTimeOffset StoredAt, bool WithPersonalDetails = false);

    /// <summary>A later issued order that corrects this one: "corrected by №103/2026 of 12.03.2026".</summary>
    public sealed record Correction(string Number, DateOnly? Date);

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
                .OrderBy(f => f.Language).ThenBy(f => f.WithPersonalDetails)
                .Select(f => new IssuedFile(f.Language, f.Sha256, f.StoredAt, f.WithPersonalDetails)).ToListAsync(cancellationToken);
            var correctedBy = document.Kind is IssuedDocumentKind.SendingOrder or IssuedDocumentKind.CuratorOrder
                ? await CorrectionsAsync(document.EntityId, cancellationToken)
                : [];
            var revokedOn = document.Kind == IssuedDocumentKind.TripartiteAgreement ? await AgreementCancelledOnAsync(document.EntityId, cancellationToken) : null;
            // An enterprise order and a mentor's reference are issued by the employer (the college row only anchors the code).
            var view = document.Kind is IssuedDocumentKind.EnterpriseOrder or IssuedDocumentKind.MentorReference && employer is not null
                ? new View(document.Code, document.Kind, document.Number, document.Date, employer, employer, null)
                : new View(document.Code, document.Kind, document.Number, document.Date, issuer.NameKy, issuer.NameRu, employer);
            return view with { Files = files, CorrectedBy = correctedBy, RevokedOn = revokedOn };
        }

        /// <summary>The issued orders citing the verified order as the one they correct: only their numbers and dates are
        /// read (drafts of corrections are not in force and are not shown).</summary>
        private async Task<IReadOnlyList<Correction>> CorrectionsAsync(Guid orderId, CancellationToken cancellationToken)
        {
            var rows = await db.Orders.IgnoreQueryFilters([WblDbContext.TenantFilter]).AsNoTracking()
                .Where(o => o.CorrectsOrderId == orderId && o.Status == OrderStatus.Issued)
                .OrderBy(o => o.IssuedOn).ThenBy(o => o.Number)
                .Select(o => new { o.Number, o.Year, o.IssuedOn }).ToListAsync(cancellationToken);
            return rows.Select(o => new Correction($"{o.Number}/{o.Year}", o.IssuedOn)).ToList();
        }

        /// <summary>The day (Bishkek time) a confirmed agreement was cancelled, from its history; only the date is read.</summary>
        private async Task<DateOnly?> AgreementCancelledOnAsync(Guid agreementId, CancellationToken cancellationToken)
        {
            var cancelled = await db.Agreements.IgnoreQueryFilters([WblDbContext.TenantFilter]).AsNoTracking()
                .AnyAsync(a => a.Id == agreementId && a.Status == AgreementStatus.Cancelled, cancellationToken);
            if (!cancelled)
            {
                return null;
            }

            var at = await db.AgreementHistory.IgnoreQueryFilters([WblDbContext.TenantFilter]).AsNoTracking()
                .Where(h => h.AgreementId == agreementId && h.Action == "Cancel").OrderByDescending(h => h.At).Select(h => (DateTimeOffset?)h.At)
                .FirstOrDefaultAsync(cancellationToken);
            return at is { } a ? BishkekTime.DayOf(a) : null;
        }
    }
}
