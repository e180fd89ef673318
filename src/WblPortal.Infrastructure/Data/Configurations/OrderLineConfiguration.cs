using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WblPortal.Domain.Orders;

namespace WblPortal.Infrastructure.Data.Configurations;

public sealed class OrderLineConfiguration : IEntityTypeConfiguration<OrderLine>
{
    public void Configure(EntityTypeBuilder<OrderLine> builder)
    {
        builder.IsEditableEntity();
        builder.Property(l => l.LearnerName).HasMaxLength(300);
        builder.Property(l => l.GroupName).HasMaxLength(50);
        builder.Property(l => l.CuratorName).HasMaxLength(200);
        builder.HasIndex(l => new { l.OrderId, l.LineNo }).IsUnique();
        builder.HasIndex(l => l.CollegeId);
        builder.HasIndex(l => l.LearnerId);
    }
}
