using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WblPortal.Domain.Colleges;

namespace WblPortal.Infrastructure.Data.Configurations;

public sealed class CollegeConfiguration : IEntityTypeConfiguration<College>
{
    public void Configure(EntityTypeBuilder<College> builder)
    {
        builder.IsEditableEntity();
        builder.Property(c => c.NameKy).HasMaxLength(300);
        builder.Property(c => c.NameRu).HasMaxLength(300);
        builder.Property(c => c.NameEn).HasMaxLength(300);
        builder.Property(c => c.City).HasMaxLength(100);
        builder.Property(c => c.Address).HasMaxLength(300);
        builder.Property(c => c.DirectorName).HasMaxLength(200);
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        builder.HasOne(c => c.Region).WithMany().HasForeignKey(c => c.RegionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Ministry).WithMany().HasForeignKey(c => c.MinistryId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(c => c.NqfLevels).WithMany().UsingEntity("college_nqf_levels");
        builder.HasIndex(c => c.NameKy).IsUnique();
    }
}
