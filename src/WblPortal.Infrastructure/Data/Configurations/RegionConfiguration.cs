using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WblPortal.Domain.Reference;

namespace WblPortal.Infrastructure.Data.Configurations;

public sealed class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> builder)
    {
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Code).HasMaxLength(8);
        builder.HasIndex(r => r.Code).IsUnique();
        builder.Property(r => r.NameKy).HasMaxLength(100);
        builder.Property(r => r.NameRu).HasMaxLength(100);
        builder.Property(r => r.NameEn).HasMaxLength(100);
        builder.HasData(ReferenceData.Regions);
    }
}
