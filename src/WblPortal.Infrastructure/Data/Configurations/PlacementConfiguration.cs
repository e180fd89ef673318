using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WblPortal.Domain.Placements;

namespace WblPortal.Infrastructure.Data.Configurations;

public sealed class PlacementConfiguration : IEntityTypeConfiguration<Placement>
{
    public void Configure(EntityTypeBuilder<Placement> builder)
    {
        builder.IsEditableEntity();
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Site).HasMaxLength(300);
        builder.Property(p => p.DeclineReason).HasMaxLength(2000);
        builder.Property(p => p.CancelReason).HasMaxLength(2000);
        builder.Property(p => p.ChangeRequestComment).HasMaxLength(2000);
        builder.Ignore(p => p.IsActive);
        builder.Ignore(p => p.ReadyStatus);
        builder.Ignore(p => p.RaisedNotifications);
        builder.HasIndex(p => new { p.CollegeId, p.StartDate });
        builder.HasIndex(p => new { p.EmployerId, p.Status });
        builder.HasIndex(p => p.MentorId);
        builder.HasIndex(p => p.ProgrammeId);
        builder.HasOne(p => p.College).WithMany().HasForeignKey(p => p.CollegeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Programme).WithMany().HasForeignKey(p => p.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Form).WithMany().HasForeignKey(p => p.FormId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Employer).WithMany().HasForeignKey(p => p.EmployerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Curator).WithMany().HasForeignKey(p => p.CuratorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Mentor).WithMany().HasForeignKey(p => p.MentorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Learners).WithOne(l => l.Placement).HasForeignKey(l => l.PlacementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.History).WithOne().HasForeignKey(h => h.PlacementId).OnDelete(DeleteBehavior.Cascade);
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("ck_placements_dates", "end_date >= start_date");
            t.HasCheckConstraint("ck_placements_capacity", "confirmed_count IS NULL OR confirmed_count > 0");
        });
    }
}
