using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Documents;
using WblPortal.Domain.Orders;
using WblPortal.Infrastructure.Data;
using WblPortal.Infrastructure.Data.Access;
using WblPortal.Infrastructure.Documents.Official;

namespace WblPortal.Web.Features.Documents;

/// <summary>A college order (sending learners, or assigning curators) as a printable document. Issued orders carry a
/// verification code; drafts are marked as drafts and carry none.</summary>
public static class LoadOrderDocument
{
    public const int ProductionPracticeFormId = 15;

    public sealed class Handler(WblDbContext db, DocumentCodes.Handler codes)
    {
        public async Task<OfficialDocument?> LoadAsync(Guid id, DocumentLanguage language, CancellationToken cancellationToken)
        {
            var order = await db.Orders.AsNoTracking().Include(o => o.Lines).SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
            if (order is null)
            {
                return null;
            }

            var college = await db.Colleges.AsNoTracking().SingleAsync(c => c.Id == order.CollegeId, cancellationToken);
            var groupIds = order.Lines.Select(l => l.GroupId).Distinct().ToList();
            var specialties = await db.StudyGroups.AsNoTracking().Where(g => groupIds.Contains(g.Id))
                .Select(g => new { g.Id, g.Specialty!.Code, g.Specialty.NameKy, g.Specialty.NameRu })
                .ToDictionaryAsync(g => g.Id, g => $"{g.Code} {language.Pick(g.NameKy, g.NameRu)}", cancellationToken);
            var verification = order.Status == OrderStatus.Issued
                ? await codes.GetOrCreateAsync(order.Kind == OrderKind.SendingLearners ? IssuedDocumentKind.SendingOrder : IssuedDocumentKind.CuratorOrder,
                    order.Id, order.DisplayNumber, order.IssuedOn, order.CollegeId, null, cancellationToken)
                : null;
            // An issued order prints the college as it was on the day of issue; a draft, as it is now.
            var issuer = IssuerOf(order, college);
            var collegeName = language.Pick(issuer.CollegeNameKy, issuer.CollegeNameRu);
            var lines = order.Lines.OrderBy(l => l.LineNo).ToList();

            if (order.Kind == OrderKind.AssigningCurators)
            {
                var curatorIds = lines.Where(l => l.CuratorId != null).Select(l => l.CuratorId!.Value).Distinct().ToList();
                var positions = await db.Curators.AsNoTracking().Where(c => curatorIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Position, cancellationToken);
                return new CuratorOrderDocument(new CuratorOrderModel
                {
                    CollegeName = collegeName,
                    CollegeAddress = issuer.Address,
                    City = issuer.City,
                    DirectorName = issuer.DirectorName,
                    Number = order.DisplayNumber,
                    Date = order.IssuedOn,
                    Basis = order.Basis,
                    Lines = lines.Select(l => new CuratorOrderLine(l.GroupName, specialties.GetValueOrDefault(l.GroupId, ""), l.CuratorName ?? "",
                        l.CuratorId is { } c ? positions.GetValueOrDefault(c) : null)).ToList(),
                    Verification = verification,
                }, language);
            }

            var original = order.CorrectsOrderId is { } correctsId
                ? await db.Orders.AsNoTracking().Include(o => o.Lines).SingleOrDefaultAsync(o => o.Id == correctsId, cancellationToken)
                : null;
            var model = await SendingModelAsync(order, college, issuer, language, cancellationToken);
            return new SendingOrderDocument(model with
            {
                CorrectsNumber = original?.DisplayNumber,
                CorrectsDate = original?.IssuedOn,
                Original = original is null ? null : await SendingModelAsync(original, college, IssuerOf(original, college), language, cancellationToken),
                Verification = verification,
            }, language);
        }

        private static OrderIssuer IssuerOf(Order order, Domain.Colleges.College college) => order.IssuerNameKy is null
            ? OrderIssuer.Of(college)
            : new OrderIssuer(order.IssuerNameKy, order.IssuerNameRu!, order.IssuerCity!, order.IssuerAddress!, order.IssuerDirectorName!);

        /// <summary>A sending order's content (without its verification), for the order itself or the order it corrects.</summary>
        private async Task<SendingOrderModel> SendingModelAsync(Order order, Domain.Colleges.College college, OrderIssuer issuer, DocumentLanguage language,
            CancellationToken cancellationToken)
        {
            var collegeName = language.Pick(issuer.CollegeNameKy, issuer.CollegeNameRu);
            var lines = order.Lines.OrderBy(l => l.LineNo).ToList();
            var groupIds = lines.Select(l => l.GroupId).Distinct().ToList();
            var specialties = await db.StudyGroups.AsNoTracking().Where(g => groupIds.Contains(g.Id))
                .Select(g => new { g.Id, g.Specialty!.Code, g.Specialty.NameKy, g.Specialty.NameRu })
                .ToDictionaryAsync(g => g.Id, g => $"{g.Code} {language.Pick(g.NameKy, g.NameRu)}", cancellationToken);
            var form = order.FormId is { } formId ? await db.WblForms.AsNoTracking().SingleOrDefaultAsync(f => f.Id == formId, cancellationToken) : null;
            var employer = order.EmployerId is { } employerId
                ? await db.Employers.AsNoTracking().Where(e => e.Id == employerId).Select(e => new { e.Name, e.Address }).SingleOrDefaultAsync(cancellationToken)
                : null;
            var curatorPosition = order.CuratorId is { } curatorId
                ? await db.Curators.AsNoTracking().Where(c => c.Id == curatorId).Select(c => c.Position).SingleOrDefaultAsync(cancellationToken)
                : null;
            // The mentor is the employer's record, outside the college's filter; the order (already found through the
            // college's filter) names its placement's mentor, nothing else about them.
            var mentor = order.PlacementId is { } placementId
                ? await db.Placements.ReadThroughCollegeOf(order)
                    .Where(p => p.Id == placementId && p.MentorId != null)
                    .Select(p => new { p.Mentor!.FullName, p.Mentor.Position }).SingleOrDefaultAsync(cancellationToken)
                : null;
            var employerName = employer?.Name ?? order.EmployerName ?? collegeName;
            var start = order.StartDate ?? order.IssuedOn ?? DateOnly.MinValue;
            var end = order.EndDate ?? start;
            var curatorName = order.CuratorName ?? "";
            return new SendingOrderModel
            {
                CollegeName = collegeName,
                CollegeAddress = issuer.Address,
                City = issuer.City,
                DirectorName = issuer.DirectorName,
                IsLyceum = college.Kind == Domain.Colleges.CollegeKind.Lyceum,
                Number = order.DisplayNumber,
                Date = order.IssuedOn,
                Basis = order.Basis,
                EmployerName = employerName,
                EmployerAddress = employer?.Address,
                FormName = form is null ? order.FormName ?? "" : language.Pick(form.NameKy, form.NameRu),
                IsProductionPractice = order.FormId == ProductionPracticeFormId,
                Start = start,
                End = end,
                CuratorName = curatorName,
                CuratorPosition = curatorPosition,
                MentorName = mentor?.FullName,
                MentorPosition = mentor?.Position,
                Learners = lines.Select(l => new SendingOrderLearner(l.LearnerName ?? "", l.GroupName, specialties.GetValueOrDefault(l.GroupId, ""),
                    employerName, start, end, curatorName, mentor?.FullName)).ToList(),
            };
        }
    }
}
