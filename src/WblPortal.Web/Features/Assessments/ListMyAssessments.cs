using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Common;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Assessments;

/// <summary>A learner's own final assessments (the tenant filter shows a learner only their own, once final).</summary>
public static class ListMyAssessments
{
    public sealed record Row(Guid Id, string FormKy, string FormRu, string FormEn, string? Employer, DateOnly StartDate, DateOnly EndDate,
        int? Grade, DateTimeOffset? AcknowledgedAt, bool Disagreed)
    {
        public string Form => LocalizedName.Pick(FormKy, FormRu, FormEn, CultureInfo.CurrentUICulture.Name);
    }

    public sealed class Handler(WblDbContext db)
    {
        public async Task<IReadOnlyList<Row>> LoadAsync(CancellationToken cancellationToken) =>
            await db.Assessments.AsNoTracking().OrderByDescending(a => a.Placement!.EndDate).ThenBy(a => a.Id)
                .Select(a => new Row(a.Id, a.Placement!.Form!.NameKy, a.Placement.Form.NameRu, a.Placement.Form.NameEn,
                    a.Placement.Employer != null ? a.Placement.Employer.Name : null, a.Placement.StartDate, a.Placement.EndDate,
                    a.FinalGrade, a.AcknowledgedAt, a.Disagreement != null))
                .ToListAsync(cancellationToken);
    }
}
