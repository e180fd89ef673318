using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Reference;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.WblForms;

/// <summary>The forms catalogue grouped by stage, and the NQF levels with their minimum WBL shares.</summary>
public static class ListWblForms
{
    public sealed record Page(IReadOnlyList<IGrouping<WblStage, WblForm>> Stages, IReadOnlyList<NqfLevel> Levels);

    public sealed class Handler(WblDbContext db)
    {
        public async Task<Page> LoadAsync(CancellationToken cancellationToken)
        {
            var forms = await db.WblForms.AsNoTracking().OrderBy(f => f.Stage).ThenBy(f => f.SortOrder).ThenBy(f => f.Id).ToListAsync(cancellationToken);
            var levels = await db.NqfLevels.AsNoTracking().OrderBy(l => l.Level).ToListAsync(cancellationToken);
            return new Page(forms.GroupBy(f => f.Stage).ToList(), levels);
        }
    }
}
