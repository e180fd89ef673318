using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Diaries;
using WblPortal.Domain.Placements;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Diaries;

/// <summary>What a diary step loads through the filtered context: the placement learner row (missing → not in the
/// actor's scope), its placement, its induction and its entries.</summary>
internal sealed record DiaryWorkspace(PlacementLearner Learner, Placement Placement, SafetyInduction? Induction, List<DiaryEntry> Entries)
{
    public static async Task<DiaryWorkspace?> LoadAsync(WblDbContext db, Guid placementLearnerId, bool withEntries, CancellationToken cancellationToken)
    {
        var learner = await db.PlacementLearners.SingleOrDefaultAsync(pl => pl.Id == placementLearnerId, cancellationToken);
        if (learner is null)
        {
            return null;
        }

        var placement = await db.Placements.SingleOrDefaultAsync(p => p.Id == learner.PlacementId, cancellationToken);
        if (placement is null)
        {
            return null;
        }

        var induction = await db.SafetyInductions.SingleOrDefaultAsync(i => i.PlacementLearnerId == placementLearnerId, cancellationToken);
        var entries = withEntries
            ? await db.DiaryEntries.Where(e => e.PlacementLearnerId == placementLearnerId).ToListAsync(cancellationToken)
            : [];
        return new DiaryWorkspace(learner, placement, induction, entries);
    }
}
