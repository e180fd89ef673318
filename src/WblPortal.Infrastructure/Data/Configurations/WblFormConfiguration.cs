using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WblPortal.Domain.Reference;

namespace WblPortal.Infrastructure.Data.Configurations;

public sealed class WblFormConfiguration : IEntityTypeConfiguration<WblForm>
{
    public void Configure(EntityTypeBuilder<WblForm> builder)
    {
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.Code).HasMaxLength(40);
        builder.HasIndex(f => f.Code).IsUnique();
        builder.Property(f => f.Stage).HasConversion<string>().HasMaxLength(20);
        builder.Property(f => f.NameKy).HasMaxLength(200);
        builder.Property(f => f.NameRu).HasMaxLength(200);
        builder.Property(f => f.NameEn).HasMaxLength(200);
        builder.HasData(ReferenceData.WblForms);
    }
}
