using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WblPortal.Domain.Agreements;

namespace WblPortal.Infrastructure.Data.Configurations;

public sealed class AgreementHistoryEntryConfiguration : IEntityTypeConfiguration<AgreementHistoryEntry>
{
    public void Configure(EntityTypeBuilder<AgreementHistoryEntry> builder)
    {
        builder.ToTable("agreement_history");
        builder.IsHistoryEntry();
        builder.HasIndex(h => new { h.AgreementId, h.At });
        builder.HasIndex(h => h.CollegeId);
        builder.HasIndex(h => h.EmployerId);
        builder.HasIndex(h => h.LearnerId);
    }
}
