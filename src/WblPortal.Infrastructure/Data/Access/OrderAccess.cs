using System.Linq.Expressions;
using WblPortal.Domain.Access;
using WblPortal.Domain.Common;
using WblPortal.Domain.Orders;

namespace WblPortal.Infrastructure.Data.Access;

/// <summary>Who may see and change the college's orders (they list learners): college staff only. An issued order
/// is a document: <see cref="WblDbContext"/> refuses any change to it or its lines, whoever writes.</summary>
public static class OrderAccess
{
    public static readonly Expression<Func<WblDbContext, Order, bool>> ReadOrders =
        (db, o) => db.ScopeAll || (db.ScopeLearnerId == null && o.CollegeId == db.ScopeCollegeId);

    public static readonly Expression<Func<WblDbContext, OrderLine, bool>> ReadLines =
        (db, o) => db.ScopeAll || (db.ScopeLearnerId == null && o.CollegeId == db.ScopeCollegeId);

    public static bool CanWrite(Actor actor, object row) => row switch
    {
        Order or OrderLine => actor.IsCollegeStaff && ((ICollegeOwned)row).CollegeId == actor.CollegeId,
        _ => false,
    };
}
