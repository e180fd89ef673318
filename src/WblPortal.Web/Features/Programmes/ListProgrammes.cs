using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Common;
using WblPortal.Domain.Programmes;
using WblPortal.Infrastructure.Data;
using WblPortal.Web.Infrastructure.Lists;

namespace WblPortal.Web.Features.Programmes;

/// <summary>The WBL programmes the actor sees (the tenant filter scopes them: a college its own, an employer those it
/// is invited to once under discussion), by specialty and academic year.</summary>
public static class ListProgrammes
{
    public sealed record Row(Guid Id, string SpecialtyCode, string SpecialtyName, string CollegeNameKy, string CollegeNameRu, int AcademicYear,
        int Revision, ProgrammeStatus Status, int TotalStudyHours, int WblHours, decimal? MinSharePercent, string? ApprovalOrderNumber, DateOnly? ApprovalDate)
    {
        public string Year => AcademicCalendar.Label(AcademicYear);

        public string College => LocalizedName.Pick(CollegeNameKy, CollegeNameRu, null, CultureInfo.CurrentUICulture.Name);

        public decimal SharePercent => TotalStudyHours <= 0 ? 0 : Math.Round(100m * WblHours / TotalStudyHours, 1);

        /// <summary>Null for an employer, who does not see the college's specialties.</summary>
        public bool BelowMinimum => MinSharePercent is { } min && SharePercent < min;
    }

    public sealed record Page(PagedList<Row> List, ProgrammeStatus? Status);

    private static readonly SortColumns<WblProgramme> Columns = new SortColumns<WblProgramme>()
        .Add("year", p => p.AcademicYear)
        .Add("code", p => p.SpecialtyCode)
        .Add("name", p => p.SpecialtyName)
        .Add("status", p => p.Status)
        .Add("revision", p => p.Revision)
        .ThenBy(p => p.Id);

    public sealed class Handler(WblDbContext db)
    {
        public IQueryable<Row> Query(ListQuery query, ProgrammeStatus? status)
        {
            var programmes = db.Programmes.AsNoTracking();
            if (status is { } s)
            {
                programmes = programmes.Where(p => p.Status == s);
            }

            if (query.SearchPattern is { } pattern)
            {
                programmes = programmes.Where(p => EF.Functions.ILike(p.SpecialtyCode, pattern) || EF.Functions.ILike(p.SpecialtyName, pattern)
                    || EF.Functions.ILike(p.ApprovalOrderNumber!, pattern));
            }

            // Newest year first unless the user sorts otherwise.
            if (string.IsNullOrEmpty(query.Sort))
            {
                query.Sort = "year";
                query.Desc = true;
            }

            // The minimum share through a subquery, not the required navigation: an employer does not see the college's
            // specialties, and an inner join on them would hide the programme itself.
            return programmes.SortBy(query, Columns)
                .Select(p => new Row(p.Id, p.SpecialtyCode, p.SpecialtyName, p.College!.NameKy, p.College.NameRu, p.AcademicYear, p.Revision, p.Status,
                    p.TotalStudyHours, p.Loads.Sum(l => l.Hours), db.Specialties.Where(s => s.Id == p.SpecialtyId).Select(s => (decimal?)s.NqfLevel!.MinWblSharePercent).FirstOrDefault(), p.ApprovalOrderNumber, p.ApprovalDate));
        }

        public async Task<Page> PageAsync(ListQuery query, ProgrammeStatus? status, CancellationToken cancellationToken) =>
            new(await Query(query, status).ToPagedListAsync(query, cancellationToken), status);
    }
}
