using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WblPortal.Domain.Colleges;

namespace WblPortal.Infrastructure.Data.Configurations;

public sealed class StudyGroupConfiguration : IEntityTypeConfiguration<StudyGroup>
{
    public void Configure(EntityTypeBuilder<StudyGroup> builder)
    {
        builder.IsEditableEntity();
        builder.Property(g => g.Name).HasMaxLength(50);
        builder.HasIndex(g => new { g.CollegeId, g.Name }).IsUnique();
        builder.HasOne(g => g.College).WithMany().HasForeignKey(g => g.CollegeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(g => g.Specialty).WithMany().HasForeignKey(g => g.SpecialtyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(g => g.Curator).WithMany().HasForeignKey(g => g.CuratorId).OnDelete(DeleteBehavior.SetNull);
    }
}
