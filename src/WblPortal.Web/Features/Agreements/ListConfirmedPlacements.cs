using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Common;
using WblPortal.Domain.Placements;
using WblPortal.Infrastructure.Data;
using WblPortal.Web.Infrastructure.Lists;

namespace WblPortal.Web.Features.Agreements;

/// <summary>The college's confirmed placements, with how many of their learners have an agreement and how many
/// orders send them: where agreements are created and sending orders issued from.</summary>
public static class ListConfirmedPlacements
{
    public sealed record Row(Guid Id, string? EmployerName, string FormKy, string FormRu, string FormEn, DateOnly StartDate, DateOnly EndDate,
        PlacementStatus Status, bool RequiresAgreement, int Learners, int Agreements, int Orders)
    {
        public string Form => LocalizedName.Pick(FormKy, FormRu, FormEn, CultureInfo.CurrentUICulture.Name);

        public bool MissesAgreements => RequiresAgreement && Agreements < Learners;
    }

    private static readonly SortColumns<Placement> Columns = new SortColumns<Placement>()
        .Add("start", p => p.StartDate)
        .Add("employer", p => p.Employer!.Name)
        .ThenBy(p => p.Id);

    public static readonly PlacementStatus[] ConfirmedStatuses = [PlacementStatus.Confirmed, PlacementStatus.MentorAssigned, PlacementStatus.InProgress];

    /// <summary>The page: one page of confirmed placements, all or only those missing agreements.</summary>
    public sealed record Page(PagedList<Row> List, bool MissingOnly);

    public sealed class Handler(WblDbContext db)
    {
        /// <summary>Only placements whose agreements are not all created, when <paramref name="missingAgreements"/>.</summary>
        public async Task<Page> PageAsync(ListQuery query, bool missingAgreements, CancellationToken cancellationToken) =>
            new(await ListAsync(query, missingAgreements, cancellationToken), missingAgreements);

        private Task<PagedList<Row>> ListAsync(ListQuery query, bool missingAgreements, CancellationToken cancellationToken)
        {
            var placements = db.Placements.AsNoTracking().Where(p => p.CollegeId == db.Actor.CollegeId && ConfirmedStatuses.Contains(p.Status));
            if (missingAgreements)
            {
                placements = placements.Where(p => p.RequiresAgreement
                    && p.Learners.Any(l => !db.Agreements.Any(a => a.PlacementId == p.Id && a.LearnerId == l.LearnerId)));
            }

            if (query.SearchPattern is { } pattern)
            {
                placements = placements.Where(p => EF.Functions.ILike(p.Employer!.Name, pattern) || EF.Functions.ILike(p.Form!.NameKy, pattern)
                    || EF.Functions.ILike(p.Form.NameRu, pattern));
            }

            return placements
                .SortBy(query, Columns)
                .Select(p => new Row(p.Id, p.Employer!.Name, p.Form!.NameKy, p.Form.NameRu, p.Form.NameEn, p.StartDate, p.EndDate, p.Status,
                    p.RequiresAgreement, p.Learners.Count, db.Agreements.Count(a => a.PlacementId == p.Id),
                    db.Orders.Count(o => o.PlacementId == p.Id)))
                .ToPagedListAsync(query, cancellationToken);
        }
    }
}
