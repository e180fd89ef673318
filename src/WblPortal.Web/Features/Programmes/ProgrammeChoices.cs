using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Common;
using WblPortal.Domain.Programmes;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Programmes;

/// <summary>The choices the programme page's forms offer: while a draft, the active WBL forms and the specialty's
/// competencies; while a draft or under discussion, the employers not yet invited.</summary>
public static class ProgrammeChoices
{
    public sealed record Choices(
        IReadOnlyList<SelectListItem> Forms, IReadOnlyList<SelectListItem> Employers, IReadOnlyList<ProgrammeDetails.CompetencyRow> Competencies);

    public sealed class Handler(WblDbContext db)
    {
        public async Task<Choices> LoadAsync(ProgrammeDetails.View programme, CancellationToken cancellationToken)
        {
            var culture = CultureInfo.CurrentUICulture.Name;
            IReadOnlyList<SelectListItem> forms = [];
            IReadOnlyList<SelectListItem> employers = [];
            IReadOnlyList<ProgrammeDetails.CompetencyRow> competencies = [];
            if (programme.IsEditable)
            {
                var active = await db.WblForms.AsNoTracking().Where(f => f.IsActive).OrderBy(f => f.Stage).ThenBy(f => f.SortOrder)
                    .Select(f => new { f.Id, f.NameKy, f.NameRu, f.NameEn }).ToListAsync(cancellationToken);
                forms = active.Select(f => new SelectListItem(LocalizedName.Pick(f.NameKy, f.NameRu, f.NameEn, culture), f.Id.ToString(CultureInfo.InvariantCulture))).ToList();
                competencies = await db.Competencies.AsNoTracking()
                    .Where(c => c.SpecialtyId == programme.SpecialtyId && c.CollegeId == db.Actor.CollegeId).OrderBy(c => c.Kind).ThenBy(c => c.Code)
                    .Select(c => new ProgrammeDetails.CompetencyRow(c.Id, c.Code, c.Kind, c.NameKy, c.NameRu)).ToListAsync(cancellationToken);
            }

            if (programme.Status is ProgrammeStatus.Draft or ProgrammeStatus.UnderDiscussion)
            {
                var invited = programme.Participants.Select(x => x.EmployerId).ToHashSet();
                var all = await db.Employers.AsNoTracking().OrderBy(e => e.Name).Select(e => new { e.Id, e.Name }).ToListAsync(cancellationToken);
                employers = all.Where(e => !invited.Contains(e.Id)).Select(e => new SelectListItem(e.Name, e.Id.ToString())).ToList();
            }

            return new Choices(forms, employers, competencies);
        }
    }
}
