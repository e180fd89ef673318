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
        builder.HasData(ReferenceData.NqfLevels);
    }
}
