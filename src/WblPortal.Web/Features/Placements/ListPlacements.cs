using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Common;
using WblPortal.Domain.Placements;
using WblPortal.Infrastructure.Data;
using WblPortal.Web.Infrastructure.Lists;

namespace WblPortal.Web.Features.Placements;

/// <summary>The placements the actor sees (the tenant filter scopes them: a college its own, an employer those
/// proposed to it), filtered by status, form, employer or college, searched and sorted.</summary>
public static class ListPlacements
{
    public sealed class Filter
    {
        public PlacementStatus? Status { get; set; }
        public int? Form { get; set; }
        public Guid? Employer { get; set; }
        public Guid? College { get; set; }

        /// <summary>The employer's inbox: every year and every status, not only the work list.</summary>
        public bool All { get; set; }

        /// <summary>Only proposals the college changed after the employer had confirmed them (terms, learners).</summary>
        public bool Amended { get; set; }

        /// <summary>The employer's inbox opens as a work list (<see cref="WorkList"/>) unless filtered or asked for all.</summary>
        public bool IsWorkList => !All && Status is null && Form is null && College is null && Employer is null;
    }

    public sealed record Row(Guid Id, PlacementStatus Status, string FormKy, string FormRu, string FormEn, string? Specialty,
        string CollegeKy, string CollegeRu, string? CollegeEn, string? Employer, string? Site, DateOnly StartDate, DateOnly EndDate,
        int RequestedCount, int? ConfirmedCount, int LearnerCount)
    {
        private static string Culture => CultureInfo.CurrentUICulture.Name;

        public string Form => LocalizedName.Pick(FormKy, FormRu, FormEn, Culture);

        public string College => LocalizedName.Pick(CollegeKy, CollegeRu, CollegeEn, Culture);

        /// <summary>The programme's mentor requirements the appointed mentor does not meet (acknowledged by the employer).</summary>
        public WblPortal.Domain.Mentors.MentorRequirementGaps MentorGaps { get; init; }
    }

    public sealed record Page(PagedList<Row> List, Filter Filter, IReadOnlyList<SelectListItem> Forms, IReadOnlyList<SelectListItem> Parties)
    {
        /// <summary>The line above the employer's inbox: what it shows (null for the college's list).</summary>
        public WorkListScope? Scope { get; init; }
    }

    private static readonly SortColumns<Placement> Columns = new SortColumns<Placement>()
        .Add("start", p => p.StartDate)
        .Add("status", p => p.Status)
        .Add("form", p => p.Form!.SortOrder)
        .Add("employer", p => p.Employer!.Name)
        .Add("college", p => p.College!.NameKy)
        .Add("count", p => p.RequestedCount)
        .ThenBy(p => p.Id);

    private static readonly string[] Amendments = ["ChangeTerms", "AddLearner", "RemoveLearner"];

    /// <summary>What waits on the employer, the inbox's default and the dashboard's count alike: a proposal to answer, a
    /// confirmed placement whose mentor is to be appointed; this academic year's and later.</summary>
    public static IQueryable<Placement> WaitingOnEmployer(IQueryable<Placement> placements, DateOnly currentYearStart) =>
        placements.Where(p => p.StartDate >= currentYearStart
            && (p.Status == PlacementStatus.Proposed || p.Status == PlacementStatus.Confirmed));

    /// <summary>Proposals the college changed after confirmation (back to "proposed" by a change of terms or learners).</summary>
    public static IQueryable<Placement> Amended(IQueryable<Placement> placements, WblDbContext db) =>
        placements.Where(p => p.Status == PlacementStatus.Proposed && db.PlacementHistory.Any(h => h.PlacementId == p.Id
            && Amendments.Contains(h.Action) && h.ToStatus == nameof(PlacementStatus.Proposed) && h.FromStatus != nameof(PlacementStatus.Proposed)));

    public sealed class Handler(WblDbContext db, TimeProvider clock)
    {
        /// <summary>The number of rows the employer's inbox shows for the filter (the dashboard's figures).</summary>
        public Task<int> CountForEmployerAsync(Filter filter, CancellationToken cancellationToken) =>
            Query(new ListQuery(), filter, forEmployer: true).CountAsync(cancellationToken);

        /// <summary>The rows; <paramref name="forEmployer"/> leaves out what an employer does not read (the programme).</summary>
        public IQueryable<Row> Query(ListQuery query, Filter filter, bool forEmployer)
        {
            var placements = db.Placements.AsNoTracking();
            if (forEmployer && filter.IsWorkList)
            {
                placements = WaitingOnEmployer(placements, WorkList.CurrentYearStart(clock));
            }

            if (filter.Amended)
            {
                placements = Amended(placements, db);
            }

            if (filter.Status is { } status)
            {
                placements = placements.Where(p => p.Status == status);
            }

            if (filter.Form is { } form)
            {
                placements = placements.Where(p => p.FormId == form);
            }

            if (filter.Employer is { } employer)
            {
                placements = placements.Where(p => p.EmployerId == employer);
            }

            if (filter.College is { } college)
            {
                placements = placements.Where(p => p.CollegeId == college);
            }

            if (query.SearchPattern is { } pattern)
            {
                placements = forEmployer
                    ? placements.Where(p => EF.Functions.ILike(p.College!.NameKy, pattern) || EF.Functions.ILike(p.College!.NameRu, pattern)
                        || EF.Functions.ILike(p.Site!, pattern) || EF.Functions.ILike(p.Form!.NameKy, pattern) || EF.Functions.ILike(p.Form!.NameRu, pattern))
                    : placements.Where(p => EF.Functions.ILike(p.Employer!.Name, pattern) || EF.Functions.ILike(p.Site!, pattern)
                        || EF.Functions.ILike(p.Programme!.SpecialtyName, pattern) || EF.Functions.ILike(p.Form!.NameKy, pattern)
                        || EF.Functions.ILike(p.Form!.NameRu, pattern)
                        || p.Learners.Any(l => EF.Functions.ILike(l.Learner!.LastName + " " + l.Learner.FirstName, pattern)));
            }

            var sorted = placements.SortBy(query, Columns);
            return forEmployer
                ? sorted.Select(p => new Row(p.Id, p.Status, p.Form!.NameKy, p.Form.NameRu, p.Form.NameEn, null,
                    p.College!.NameKy, p.College.NameRu, p.College.NameEn, p.Employer!.Name, p.Site, p.StartDate, p.EndDate,
                    p.RequestedCount, p.ConfirmedCount, p.Learners.Count) { MentorGaps = p.MentorRequirementGaps })
                : sorted.Select(p => new Row(p.Id, p.Status, p.Form!.NameKy, p.Form.NameRu, p.Form.NameEn, p.Programme!.SpecialtyName,
                    p.College!.NameKy, p.College.NameRu, p.College.NameEn, p.Employer != null ? p.Employer.Name : null, p.Site, p.StartDate, p.EndDate,
                    p.RequestedCount, p.ConfirmedCount, p.Learners.Count) { MentorGaps = p.MentorRequirementGaps });
        }

        public async Task<Page> PageAsync(ListQuery query, Filter filter, bool forEmployer, CancellationToken cancellationToken)
        {
            var list = await Query(query, filter, forEmployer).ToPagedListAsync(query, cancellationToken);
            var scope = forEmployer ? new WorkListScope(filter.IsWorkList, filter.All, WorkList.CurrentAcademicYear(clock)) : null;
            var culture = CultureInfo.CurrentUICulture.Name;
            var forms = (await db.WblForms.AsNoTracking().OrderBy(f => f.SortOrder).ToListAsync(cancellationToken))
                .Select(f => new SelectListItem(LocalizedName.Pick(f.NameKy, f.NameRu, f.NameEn, culture), f.Id.ToString(CultureInfo.InvariantCulture), f.Id == filter.Form))
                .ToList();
            List<SelectListItem> parties;
            if (forEmployer)
            {
                // The colleges that proposed something to this employer.
                var colleges = await db.Placements.AsNoTracking().Select(p => new { p.CollegeId, p.College!.NameKy, p.College.NameRu, p.College.NameEn })
                    .Distinct().ToListAsync(cancellationToken);
                parties = colleges.Select(c => new SelectListItem(LocalizedName.Pick(c.NameKy, c.NameRu, c.NameEn, culture), c.CollegeId.ToString(), c.CollegeId == filter.College))
                    .OrderBy(i => i.Text, StringComparer.Create(CultureInfo.CurrentUICulture, false)).ToList();
            }
            else
            {
                var employers = await db.Placements.AsNoTracking().Where(p => p.EmployerId != null)
                    .Select(p => new { Id = p.EmployerId!.Value, p.Employer!.Name }).Distinct().OrderBy(e => e.Name).ToListAsync(cancellationToken);
                parties = employers.Select(e => new SelectListItem(e.Name, e.Id.ToString(), e.Id == filter.Employer)).ToList();
            }

            return new Page(list, filter, forms, parties) { Scope = scope };
        }
    }
}
