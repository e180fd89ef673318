using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Documents;
using WblPortal.Infrastructure.Data;
using WblPortal.Infrastructure.Documents.Official;

namespace WblPortal.Web.Features.Documents;

/// <summary>An enterprise order appointing mentors as a printable document. The employer reads its whole order; a
/// college reads it only when its placements are in it, and then only its own lines (both by the tenant filters).</summary>
public static class LoadEnterpriseOrderDocument
{
    public sealed class Handler(WblDbContext db, DocumentCodes.Handler codes)
    {
        public async Task<OfficialDocument?> LoadAsync(Guid id, DocumentLanguage language, CancellationToken cancellationToken)
        {
            var order = await db.EnterpriseOrders.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
            if (order is null)
            {
                return null;
            }

            var lines = await db.EnterpriseOrderLines.AsNoTracking().Where(l => l.OrderId == id).OrderBy(l => l.LineNo).ToListAsync(cancellationToken);
            if (lines.Count == 0)
            {
                return null;
            }

            var employer = await db.Employers.AsNoTracking().Where(e => e.Id == order.EmployerId)
                .Select(e => new { e.Name, e.Address, e.Inn, e.Region!.NameKy, e.Region.NameRu }).SingleOrDefaultAsync(cancellationToken);
            var collegeIds = lines.Select(l => l.CollegeId).Distinct().ToList();
            var colleges = await db.Colleges.AsNoTracking().Where(c => collegeIds.Contains(c.Id))
                .ToDictionaryAsync(c => c.Id, c => language.Pick(c.NameKy, c.NameRu), cancellationToken);
            var placementIds = lines.Select(l => l.PlacementId).Distinct().ToList();
            var forms = await db.Placements.AsNoTracking().Where(p => placementIds.Contains(p.Id))
                .Select(p => new { p.Id, p.Form!.NameKy, p.Form.NameRu })
                .ToDictionaryAsync(p => p.Id, p => language.Pick(p.NameKy, p.NameRu), cancellationToken);
            var verification = await codes.GetOrCreateAsync(IssuedDocumentKind.EnterpriseOrder, order.Id, order.Number, order.OrderDate,
                lines[0].CollegeId, order.EmployerId, cancellationToken);

            return new EnterpriseOrderDocument(new EnterpriseOrderModel
            {
                EmployerName = employer?.Name ?? "",
                EmployerAddress = employer?.Address,
                EmployerInn = employer?.Inn,
                Place = employer is null ? "" : language.Pick(employer.NameKy, employer.NameRu),
                Number = order.Number,
                Date = order.OrderDate,
                HeadName = order.HeadName,
                HeadPosition = order.HeadPosition,
                Basis = order.Basis,
                Appointments = lines.GroupBy(l => new { l.PlacementId, l.MentorId }).Select(g =>
                {
                    var first = g.First();
                    return new EnterpriseOrderAppointment(first.MentorName, first.MentorPosition, colleges.GetValueOrDefault(first.CollegeId, first.CollegeName),
                        forms.GetValueOrDefault(first.PlacementId, first.FormName), first.StartDate, first.EndDate,
                        g.Select(l => new EnterpriseOrderLearnerLine(l.LearnerName, l.GroupName)).ToList());
                }).ToList(),
                Verification = verification,
            }, language);
        }
    }
}
