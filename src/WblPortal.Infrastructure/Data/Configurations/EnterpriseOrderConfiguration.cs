using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WblPortal.Domain.Employers;
using WblPortal.Domain.Mentors;

namespace WblPortal.Infrastructure.Data.Configurations;

public sealed class EnterpriseOrderConfiguration : IEntityTypeConfiguration<EnterpriseOrder>
{
    public void Configure(EntityTypeBuilder<EnterpriseOrder> builder)
    {
        builder.IsEditableEntity();
        builder.Property(o => o.Number).HasMaxLength(30);
        builder.Property(o => o.HeadName).HasMaxLength(200);
        builder.Property(o => o.HeadPosition).HasMaxLength(200);
        builder.Property(o => o.Basis).HasMaxLength(2000);
        builder.Property(o => o.CreatedByUserId).HasMaxLength(450);
        builder.Property(o => o.CreatedByName).HasMaxLength(200);
        // The enterprise numbers its orders per calendar year.
        builder.HasIndex(o => new { o.EmployerId, o.Year, o.Number }).IsUnique();
        builder.HasOne<Employer>().WithMany().HasForeignKey(o => o.EmployerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(o => o.Lines).WithOne().HasForeignKey(l => l.OrderId).OnDelete(DeleteBehavior.Cascade);
    }
}
