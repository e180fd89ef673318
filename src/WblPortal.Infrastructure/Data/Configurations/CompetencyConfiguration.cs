using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WblPortal.Domain.Programmes;

namespace WblPortal.Infrastructure.Data.Configurations;

public sealed class CompetencyConfiguration : IEntityTypeConfiguration<Competency>
{
    public void Configure(EntityTypeBuilder<Competency> builder)
    {
        builder.IsEditableEntity();
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Code).HasMaxLength(20);
        builder.Property(c => c.NameKy).HasMaxLength(500);
        builder.Property(c => c.NameRu).HasMaxLength(500);
        builder.HasIndex(c => new { c.SpecialtyId, c.Code }).IsUnique();
        builder.HasIndex(c => c.CollegeId);
        builder.HasOne(c => c.Specialty).WithMany().HasForeignKey(c => c.SpecialtyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<WblPortal.Domain.Colleges.College>().WithMany().HasForeignKey(c => c.CollegeId).OnDelete(DeleteBehavior.Restrict);
    }
}
