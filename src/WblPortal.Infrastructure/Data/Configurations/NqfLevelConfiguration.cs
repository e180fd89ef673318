using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WblPortal.Domain.Reference;

namespace WblPortal.Infrastructure.Data.Configurations;

public sealed class NqfLevelConfiguration : IEntityTypeConfiguration<NqfLevel>
{
    public void Configure(EntityTypeBuilder<NqfLevel> builder)
    {
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.HasIndex(l => l.Level).IsUnique();
        builder.Property(l => l.NameKy).HasMaxLength(200);
        builder.Property(l => l.NameRu).HasMaxLength(200);
        builder.Property(l => l.NameEn).HasMaxLength(200);
        builder.Property(l => l.MinWblSharePercent).HasPrecision(5, 2);
        builder.ToTable(t => t.HasCheckConstraint("ck_nqf_levels_min_wbl_share", "min_wbl_share_percent BETWEEN 0 AND 100"));
        builder.HasData(ReferenceData.NqfLevels);
    }
}
