using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WblPortal.Domain.Reference;

namespace WblPortal.Infrastructure.Data.Configurations;

public sealed class MinistryConfiguration : IEntityTypeConfiguration<Ministry>
{
    public void Configure(EntityTypeBuilder<Ministry> builder)
    {
        builder.IsEditableEntity();
        builder.Property(m => m.NameKy).HasMaxLength(300);
        builder.Property(m => m.NameRu).HasMaxLength(300);
        builder.Property(m => m.NameEn).HasMaxLength(300);
    }
}
