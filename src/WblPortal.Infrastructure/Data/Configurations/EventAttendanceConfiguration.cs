using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WblPortal.Domain.Events;

namespace WblPortal.Infrastructure.Data.Configurations;

public sealed class EventAttendanceConfiguration : IEntityTypeConfiguration<EventAttendance>
{
    public void Configure(EntityTypeBuilder<EventAttendance> builder)
    {
        builder.IsEditableEntity();
        builder.HasIndex(a => new { a.EventId, a.LearnerId }).IsUnique();
        builder.HasIndex(a => a.LearnerId);
        builder.HasIndex(a => a.CollegeId);
        builder.HasOne<WblPortal.Domain.Learners.Learner>().WithMany().HasForeignKey(a => a.LearnerId).OnDelete(DeleteBehavior.Restrict);
    }
}
