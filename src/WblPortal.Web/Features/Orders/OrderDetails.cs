using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Colleges;
using WblPortal.Domain.Common;
using WblPortal.Domain.Orders;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Orders;

/// <summary>An order as the official document shows it: the college's header, number, date and city, title, basis,
/// items and the table of lines; the order it corrects and the orders correcting it.</summary>
public static class OrderDetails
{
    public sealed record Line(int LineNo, string? LearnerName, string GroupName, string? CuratorName);

    public sealed record Reference(Guid Id, string? DisplayNumber, DateOnly? IssuedOn);

    public sealed record View(Guid Id, uint Version, OrderKind Kind, OrderStatus Status, int? Year, int? Number, DateOnly? IssuedOn,
        string? IssuedByName, string Title, string? Basis, Guid? PlacementId, string? EmployerName, string? FormName, DateOnly? StartDate,
        DateOnly? EndDate, string? CuratorName, Guid? CorrectsOrderId,
        string CollegeKy, string CollegeRu, string? CollegeEn, CollegeKind CollegeKind, string City, string DirectorName)
    {
        public string? DisplayNumber => Number is null ? null : $"{Number}/{Year}";

        public string CollegeName => LocalizedName.Pick(CollegeKy, CollegeRu, CollegeEn, CultureInfo.CurrentUICulture.Name);

        public IReadOnlyList<Line> Lines { get; init; } = [];

        public Reference? Corrects { get; init; }

        public IReadOnlyList<Reference> CorrectedBy { get; init; } = [];
    }

    public sealed class Handler(WblDbContext db)
    {
        public async Task<View?> LoadAsync(Guid id, CancellationToken cancellationToken)
        {
            var view = await db.Orders.AsNoTracking().Where(o => o.Id == id)
                .Join(db.Colleges, o => o.CollegeId, c => c.Id, (o, c) => new View(o.Id, o.Version, o.Kind, o.Status, o.Year, o.Number, o.IssuedOn,
                    o.IssuedByName, o.Title, o.Basis, o.PlacementId, o.EmployerName, o.FormName, o.StartDate, o.EndDate, o.CuratorName,
                    o.CorrectsOrderId, o.IssuerNameKy ?? c.NameKy, o.IssuerNameRu ?? c.NameRu, c.NameEn, c.Kind, o.IssuerCity ?? c.City,
                    o.IssuerDirectorName ?? c.DirectorName)) // an issued order shows the college as it was on the day of issue
                .SingleOrDefaultAsync(cancellationToken);
            if (view is null)
            {
                return null;
            }

            var lines = await db.OrderLines.AsNoTracking().Where(l => l.OrderId == id).OrderBy(l => l.LineNo)
                .Select(l => new Line(l.LineNo, l.LearnerName, l.GroupName, l.CuratorName)).ToListAsync(cancellationToken);
            var related = await db.Orders.AsNoTracking().Where(o => o.Id == view.CorrectsOrderId || o.CorrectsOrderId == id)
                .Select(o => new { o.Id, o.Number, o.Year, o.IssuedOn, o.CorrectsOrderId }).ToListAsync(cancellationToken);
            return view with
            {
                Lines = lines,
                Corrects = related.Where(o => o.Id == view.CorrectsOrderId)
                    .Select(o => new Reference(o.Id, o.Number is null ? null : $"{o.Number}/{o.Year}", o.IssuedOn)).SingleOrDefault(),
                CorrectedBy = related.Where(o => o.CorrectsOrderId == id)
                    .Select(o => new Reference(o.Id, o.Number is null ? null : $"{o.Number}/{o.Year}", o.IssuedOn)).ToList(),
            };
        }
    }
}
