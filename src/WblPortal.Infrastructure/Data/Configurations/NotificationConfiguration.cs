using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WblPortal.Domain.Notifications;
using WblPortal.Infrastructure.Identity;

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

public sealed class NotificationPreferenceConfiguration : IEntityTypeConfiguration<NotificationPreference>
{
    public void Configure(EntityTypeBuilder<NotificationPreference> builder)
    {
        builder.IsEditableEntity();
        builder.Property(p => p.UserId).HasMaxLength(450);
        builder.HasIndex(p => p.UserId).IsUnique();
        builder.Property(p => p.TelegramLinkTokenHash).HasMaxLength(64);
        builder.HasIndex(p => p.TelegramLinkTokenHash).IsUnique().HasFilter("telegram_link_token_hash IS NOT NULL");
        builder.HasIndex(p => p.TelegramChatId);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class NotificationDeliveryConfiguration : IEntityTypeConfiguration<NotificationDelivery>
{
    public void Configure(EntityTypeBuilder<NotificationDelivery> builder)
    {
        builder.IsEditableEntity();
        builder.Property(d => d.UserId).HasMaxLength(450);
        builder.Property(d => d.Channel).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(d => d.DueAt).HasFilter("sent_at IS NULL");
        builder.HasOne<Notification>().WithMany().HasForeignKey(d => d.NotificationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(d => d.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
