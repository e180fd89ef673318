using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WblPortal.Domain.Orders;

namespace WblPortal.Infrastructure.Data.Configurations;

public sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    public void Configure(EntityTypeBuilder<Order> builder)
    {
        builder.IsEditableEntity();
        builder.Property(o => o.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(o => o.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.Title).HasMaxLength(500);
        builder.Property(o => o.Basis).HasMaxLength(2000);
        builder.Property(o => o.IssuedByUserId).HasMaxLength(450);
        builder.Property(o => o.IssuedByName).HasMaxLength(200);
        builder.Property(o => o.IssuerNameKy).HasMaxLength(300);
        builder.Property(o => o.IssuerNameRu).HasMaxLength(300);
        builder.Property(o => o.IssuerCity).HasMaxLength(100);
        builder.Property(o => o.IssuerAddress).HasMaxLength(500);
        builder.Property(o => o.IssuerDirectorName).HasMaxLength(200);
        builder.Property(o => o.EmployerName).HasMaxLength(300);
        builder.Property(o => o.FormName).HasMaxLength(200);
        builder.Property(o => o.CuratorName).HasMaxLength(200);
        builder.Ignore(o => o.DisplayNumber);
        // Numbers are unique per college per year; drafts have none.
        builder.HasIndex(o => new { o.CollegeId, o.Year, o.Number }).IsUnique().HasFilter("number IS NOT NULL");
        builder.HasIndex(o => o.PlacementId);
        builder.HasIndex(o => o.CorrectsOrderId);
        builder.HasOne<WblPortal.Domain.Colleges.College>().WithMany().HasForeignKey(o => o.CollegeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<WblPortal.Domain.Placements.Placement>().WithMany().HasForeignKey(o => o.PlacementId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Order>().WithMany().HasForeignKey(o => o.CorrectsOrderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(o => o.Lines).WithOne().HasForeignKey(l => l.OrderId).OnDelete(DeleteBehavior.Cascade);
        builder.ToTable(t => t.HasCheckConstraint("ck_orders_issued_numbered",
            "(status = 'Draft') OR (number IS NOT NULL AND year IS NOT NULL AND issued_on IS NOT NULL)"));
    }
}
