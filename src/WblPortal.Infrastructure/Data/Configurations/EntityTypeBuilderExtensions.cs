using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WblPortal.Domain.Common;

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
}
