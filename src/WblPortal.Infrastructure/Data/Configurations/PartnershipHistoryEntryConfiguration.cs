using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WblPortal.Domain.Partnerships;

namespace WblPortal.Infrastructure.Data.Configurations;

public sealed class PartnershipHistoryEntryConfiguration : IEntityTypeConfiguration<PartnershipHistoryEntry>
{
    public void Configure(EntityTypeBuilder<PartnershipHistoryEntry> builder)
    {
        builder.ToTable("partnership_history");
        builder.IsHistoryEntry();
        builder.HasIndex(h => new { h.PartnershipId, h.At });
        builder.HasIndex(h => h.CollegeId);
        builder.HasIndex(h => h.EmployerId);
    }
}
