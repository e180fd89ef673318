using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WblPortal.Domain.Colleges;

namespace WblPortal.Infrastructure.Data.Configurations;

public sealed class SpecialtyConfiguration : IEntityTypeConfiguration<Specialty>
{
    public void Configure(EntityTypeBuilder<Specialty> builder)
    {
        builder.IsEditableEntity();
        builder.Property(s => s.Code).HasMaxLength(20);
        builder.Property(s => s.NameKy).HasMaxLength(300);
        builder.Property(s => s.NameRu).HasMaxLength(300);
        builder.HasIndex(s => new { s.CollegeId, s.Code }).IsUnique();
        builder.HasOne(s => s.College).WithMany().HasForeignKey(s => s.CollegeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(s => s.NqfLevel).WithMany().HasForeignKey(s => s.NqfLevelId).OnDelete(DeleteBehavior.Restrict);
    }
}
