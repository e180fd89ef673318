using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WblPortal.Domain.Events;

namespace WblPortal.Infrastructure.Data.Configurations;

public sealed class EventParticipantConfiguration : IEntityTypeConfiguration<EventParticipant>
{
    public void Configure(EntityTypeBuilder<EventParticipant> builder)
    {
        builder.IsEditableEntity();
        builder.Property(p => p.Representative).HasMaxLength(200);
        builder.HasIndex(p => new { p.EventId, p.EmployerId }).IsUnique();
        builder.HasIndex(p => p.EmployerId);
        builder.HasIndex(p => p.CollegeId);
        builder.HasOne<WblPortal.Domain.Employers.Employer>().WithMany().HasForeignKey(p => p.EmployerId).OnDelete(DeleteBehavior.Restrict);
    }
}
