using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WblPortal.Domain.Graduates;

namespace WblPortal.Infrastructure.Data.Configurations;

public sealed class GraduateEmploymentConfiguration : IEntityTypeConfiguration<GraduateEmployment>
{
    public void Configure(EntityTypeBuilder<GraduateEmployment> builder)
    {
        builder.ToTable("graduate_employments");
        builder.IsEditableEntity();
        builder.Property(e => e.Checkpoint).HasConversion<int>();
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(30);
        builder.Property(e => e.EmployerName).HasMaxLength(300);
        builder.Property(e => e.Position).HasMaxLength(200);
        builder.Property(e => e.Note).HasMaxLength(1000);
        builder.Property(e => e.RecordedByUserId).HasMaxLength(450);
        builder.Property(e => e.RecordedByName).HasMaxLength(200);
        // One row per graduate and checkpoint: a second concurrent first record fails instead of duplicating.
        builder.HasIndex(e => new { e.LearnerId, e.Checkpoint }).IsUnique();
        builder.HasIndex(e => e.CollegeId);
        builder.HasOne(e => e.Learner).WithMany().HasForeignKey(e => e.LearnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(e => e.Employer).WithMany().HasForeignKey(e => e.EmployerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(e => e.History).WithOne().HasForeignKey(h => h.EmploymentId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class GraduateEmploymentHistoryEntryConfiguration : IEntityTypeConfiguration<GraduateEmploymentHistoryEntry>
{
    public void Configure(EntityTypeBuilder<GraduateEmploymentHistoryEntry> builder)
    {
        builder.ToTable("graduate_employment_history");
        builder.IsHistoryEntry();
        builder.HasIndex(h => new { h.EmploymentId, h.At });
        builder.HasIndex(h => h.CollegeId);
        builder.HasIndex(h => h.LearnerId);
    }
}
