using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Agreements;
using WblPortal.Domain.Common;
using WblPortal.Infrastructure.Data;
using WblPortal.Web.Infrastructure.Lists;

namespace WblPortal.Web.Features.Agreements;

/// <summary>The agreements the actor sees (college: all of its own; employer: those with it; learner: their own),
/// filtered by status or placement. Only navigations every party may read are joined.</summary>
public static class ListAgreements
{
    public sealed record Row(Guid Id, Guid PlacementId, string LearnerName, string? EmployerName, string FormKy, string FormRu, string FormEn,
        DateOnly StartDate, DateOnly EndDate, AgreementStatus Status, bool CollegeConfirmed, bool EmployerConfirmed, bool LearnerConfirmed,
        bool? RepresentativeConsented)
    {
        public string Form => LocalizedName.Pick(FormKy, FormRu, FormEn, CultureInfo.CurrentUICulture.Name);
    }

    public sealed record Page(PagedList<Row> List, AgreementStatus? Status, Guid? Placement, bool Awaiting);

    private static readonly SortColumns<TripartiteAgreement> Columns = new SortColumns<TripartiteAgreement>()
        .Add("learner", a => a.Learner!.LastName + " " + a.Learner.FirstName)
        .Add("employer", a => a.Placement!.Employer!.Name)
        .Add("start", a => a.Placement!.StartDate)
        .Add("status", a => a.Status)
        .ThenBy(a => a.Id);

    public sealed class Handler(WblDbContext db)
    {
        /// <summary><paramref name="awaiting"/>: only pending agreements the actor's own party has not confirmed yet.</summary>
        public IQueryable<Row> Query(ListQuery query, AgreementStatus? status, Guid? placement, bool awaiting = false)
        {
            var agreements = db.Agreements.AsNoTracking();
            if (awaiting)
            {
                var actor = db.Actor;
                agreements = agreements.Where(a => a.Status == AgreementStatus.Pending);
                agreements = actor.LearnerId is not null ? agreements.Where(a => a.LearnerConfirmedAt == null)
                    : actor.EmployerId is not null ? agreements.Where(a => a.EmployerConfirmedAt == null)
                    // The college also waits on a minor's agreement that lacks only the representative's consent it records.
                    : agreements.Where(a => a.CollegeConfirmedAt == null || (a.NeedsRepresentativeConsent && a.RepresentativeConsentAt == null));
            }

            if (status is { } s)
            {
                agreements = agreements.Where(a => a.Status == s);
            }

            if (placement is { } p)
            {
                agreements = agreements.Where(a => a.PlacementId == p);
            }

            if (query.SearchPattern is { } pattern)
            {
                agreements = agreements.Where(a => EF.Functions.ILike(a.Learner!.LastName + " " + a.Learner.FirstName, pattern)
                    || EF.Functions.ILike(a.Placement!.Employer!.Name, pattern));
            }

            return agreements
                .SortBy(query, Columns)
                .Select(a => new Row(a.Id, a.PlacementId,
                    a.Learner!.LastName + " " + a.Learner.FirstName + (a.Learner.Patronymic == null ? "" : " " + a.Learner.Patronymic),
                    a.Placement!.Employer!.Name, a.Placement.Form!.NameKy, a.Placement.Form.NameRu, a.Placement.Form.NameEn,
                    a.Placement.StartDate, a.Placement.EndDate, a.Status,
                    a.CollegeConfirmedAt != null, a.EmployerConfirmedAt != null, a.LearnerConfirmedAt != null,
                    a.NeedsRepresentativeConsent || a.RepresentativeConsentAt != null ? a.RepresentativeConsentAt != null : null));
        }

        public async Task<Page> PageAsync(ListQuery query, AgreementStatus? status, Guid? placement, bool awaiting, CancellationToken cancellationToken) =>
            new(await Query(query, status, placement, awaiting).ToPagedListAsync(query, cancellationToken), status, placement, awaiting);
    }
}
