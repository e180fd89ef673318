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

    /// <summary>A code is recorded on the first download by whoever may read the document (checked by the caller
    /// through the filtered context): the college's staff and learners, the document's employer, or the mentor printing
    /// a diary they keep or the order appointing them.</summary>
    public static bool CanWrite(Actor actor, IssuedDocument d) =>
        (d.IssuerOrganizationId == actor.CollegeId && (actor.IsCollegeStaff || actor.Role == Roles.Learner))
        || (actor.Role == Roles.EmployerAdmin && d.EmployerId is not null && d.EmployerId == actor.EmployerId)
        || (actor.Role == Roles.Mentor && d.Kind is IssuedDocumentKind.LearnerDiary or IssuedDocumentKind.EnterpriseOrder
            && d.EmployerId is not null && d.EmployerId == actor.EmployerId);
}
