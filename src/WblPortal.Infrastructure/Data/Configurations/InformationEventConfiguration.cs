using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WblPortal.Domain.Events;

namespace WblPortal.Infrastructure.Data.Configurations;

public sealed class InformationEventConfiguration : IEntityTypeConfiguration<InformationEvent>
{
    public void Configure(EntityTypeBuilder<InformationEvent> builder)
    {
        builder.IsEditableEntity();
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Title).HasMaxLength(300);
        builder.Property(e => e.Location).HasMaxLength(300);
        builder.Property(e => e.Description).HasMaxLength(4000);
        builder.Property(e => e.CancelReason).HasMaxLength(2000);
        builder.HasIndex(e => new { e.CollegeId, e.StartsAt });
        builder.HasOne<WblPortal.Domain.Colleges.College>().WithMany().HasForeignKey(e => e.CollegeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.Form).WithMany().HasForeignKey(e => e.FormId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(e => e.Participants).WithOne().HasForeignKey(p => p.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Attendance).WithOne().HasForeignKey(a => a.EventId).OnDelete(DeleteBehavior.Cascade);
    }
}
