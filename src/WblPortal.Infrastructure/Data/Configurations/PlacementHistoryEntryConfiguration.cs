using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WblPortal.Domain.Placements;

namespace WblPortal.Infrastructure.Data.Configurations;

public sealed class PlacementHistoryEntryConfiguration : IEntityTypeConfiguration<PlacementHistoryEntry>
{
    public void Configure(EntityTypeBuilder<PlacementHistoryEntry> builder)
    {
        builder.ToTable("placement_history");
        builder.IsHistoryEntry();
        builder.HasIndex(h => new { h.PlacementId, h.At });
        builder.HasIndex(h => h.CollegeId);
        builder.HasIndex(h => h.EmployerId);
    }
}
