using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WblPortal.Domain.Common;
using WblPortal.Domain.Workflows;

namespace WblPortal.Infrastructure.Data.Configurations;

internal static class EntityTypeBuilderExtensions
{
    /// <summary>Key and the <c>xmin</c> concurrency token shared by every editable entity.</summary>
    public static EntityTypeBuilder<T> IsEditableEntity<T>(this EntityTypeBuilder<T> builder) where T : Entity
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Version).IsRowVersion();
        return builder;
    }

    /// <summary>The common columns of a workflow history table.</summary>
    public static EntityTypeBuilder<T> IsHistoryEntry<T>(this EntityTypeBuilder<T> builder) where T : WorkflowHistoryEntry
    {
        builder.IsEditableEntity();
        builder.Property(h => h.UserId).HasMaxLength(450);
        builder.Property(h => h.UserName).HasMaxLength(200);
        builder.Property(h => h.Action).HasMaxLength(50);
        builder.Property(h => h.FromStatus).HasMaxLength(30);
        builder.Property(h => h.ToStatus).HasMaxLength(30);
        builder.Property(h => h.Comment).HasMaxLength(2000);
        return builder;
    }
}
