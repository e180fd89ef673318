using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WblPortal.Domain.Notifications;

namespace WblPortal.Infrastructure.Data.Configurations;

public sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.IsEditableEntity();
        builder.Property(n => n.MessageKey).HasMaxLength(100);
        builder.Property(n => n.SubjectType).HasMaxLength(50);
        builder.Property(n => n.SubjectTitle).HasMaxLength(300);
        builder.HasIndex(n => new { n.RecipientCollegeId, n.CreatedAt });
        builder.HasIndex(n => new { n.RecipientEmployerId, n.CreatedAt });
        builder.HasIndex(n => new { n.RecipientLearnerId, n.CreatedAt });
        builder.HasIndex(n => new { n.RecipientMentorId, n.CreatedAt });
        // For the e-mail job: the ones not yet sent.
        builder.HasIndex(n => n.CreatedAt).HasFilter("email_sent_at IS NULL");
    }
}

public sealed class NotificationReadConfiguration : IEntityTypeConfiguration<NotificationRead>
{
    public void Configure(EntityTypeBuilder<NotificationRead> builder)
    {
        builder.Property(r => r.UserId).HasMaxLength(450);
        builder.HasIndex(r => new { r.NotificationId, r.UserId }).IsUnique();
        builder.HasOne<Notification>().WithMany().HasForeignKey(r => r.NotificationId).OnDelete(DeleteBehavior.Cascade);
    }
}
