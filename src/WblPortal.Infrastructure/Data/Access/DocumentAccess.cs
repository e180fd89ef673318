using System.Linq.Expressions;
using WblPortal.Domain.Access;
using WblPortal.Domain.Documents;

namespace WblPortal.Infrastructure.Data.Access;

/// <summary>Who may see and record issued documents' verification codes.</summary>
public static class DocumentAccess
{
    /// <summary>The issuing college's staff and the employer party of an agreement. The public /verify page looks a
    /// code up by name of this filter, as a token look-up.</summary>
    public static readonly Expression<Func<WblDbContext, IssuedDocument, bool>> ReadIssuedDocuments =
        (db, d) => db.ScopeAll || (db.ScopeLearnerId == null && d.IssuerOrganizationId == db.ScopeCollegeId)
                   || (db.ScopeEmployerId != null && db.ScopeMentorId == null && d.EmployerId == db.ScopeEmployerId);

    /// <summary>The issued PDFs as stored on the first print after issue: read by the same parties as their codes.</summary>
    public static readonly Expression<Func<WblDbContext, IssuedDocumentFile, bool>> ReadIssuedDocumentFiles =
        (db, f) => db.ScopeAll || (db.ScopeLearnerId == null && f.IssuerOrganizationId == db.ScopeCollegeId)
                   || (db.ScopeEmployerId != null && db.ScopeMentorId == null && f.EmployerId == db.ScopeEmployerId);

    /// <summary>A code is recorded on the first download by whoever may read the document (checked by the caller
    /// through the filtered context): the college's staff and learners, the document's employer, or the mentor printing
    /// a diary they keep, the order appointing them or the reference they wrote.</summary>
    public static bool CanWrite(Actor actor, IssuedDocument d) => MayRecord(actor, d.IssuerOrganizationId, d.EmployerId, d.Kind);

    /// <summary>The issued PDF is stored on the first print after issue by the same parties (never changed after:
    /// <see cref="WblDbContext"/> refuses an update or delete).</summary>
    public static bool CanWrite(Actor actor, IssuedDocumentFile f) => MayRecord(actor, f.IssuerOrganizationId, f.EmployerId, f.Kind);

    private static bool MayRecord(Actor actor, Guid issuerOrganizationId, Guid? employerId, IssuedDocumentKind kind) =>
        (issuerOrganizationId == actor.CollegeId && (actor.IsCollegeStaff || actor.Role == Roles.Learner))
        || (actor.Role == Roles.EmployerAdmin && employerId is not null && employerId == actor.EmployerId)
        || (actor.Role == Roles.Mentor && kind is IssuedDocumentKind.LearnerDiary or IssuedDocumentKind.EnterpriseOrder or IssuedDocumentKind.MentorReference
            && employerId is not null && employerId == actor.EmployerId);
}
