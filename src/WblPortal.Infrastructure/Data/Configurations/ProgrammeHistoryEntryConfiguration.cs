using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WblPortal.Domain.Programmes;

namespace WblPortal.Infrastructure.Data.Configurations;

public sealed class ProgrammeHistoryEntryConfiguration : IEntityTypeConfiguration<ProgrammeHistoryEntry>
{
    public void Configure(EntityTypeBuilder<ProgrammeHistoryEntry> builder)
    {
        builder.ToTable("programme_history");
        builder.IsHistoryEntry();
        builder.HasIndex(h => new { h.ProgrammeId, h.At });
        builder.HasIndex(h => h.CollegeId);
    }
}
