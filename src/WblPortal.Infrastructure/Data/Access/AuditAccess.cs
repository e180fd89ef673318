using System.Linq.Expressions;
using WblPortal.Domain.Auditing;

namespace WblPortal.Infrastructure.Data.Access;

/// <summary>Who may see the audit trail: it names people, so only an organization's staff read their organization's
/// entries. Nobody writes it but <see cref="Interceptors.AuditInterceptor"/>: it is append-only, enforced in
/// <see cref="WblDbContext"/>'s SaveChanges.</summary>
public static class AuditAccess
{
    public static readonly Expression<Func<WblDbContext, AuditEntry, bool>> ReadAuditEntries =
        (db, a) => db.ScopeAll || (db.ScopeStaffOrganizationId != null && a.OrganizationId == db.ScopeStaffOrganizationId);
}
