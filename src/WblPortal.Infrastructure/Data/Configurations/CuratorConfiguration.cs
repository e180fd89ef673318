using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WblPortal.Domain.Colleges;

namespace WblPortal.Infrastructure.Data.Configurations;

public sealed class CuratorConfiguration : IEntityTypeConfiguration<Curator>
{
    public void Configure(EntityTypeBuilder<Curator> builder)
    {
        builder.IsEditableEntity();
        builder.Property(c => c.FullName).HasMaxLength(200);
        builder.Property(c => c.Position).HasMaxLength(200);
        builder.Property(c => c.Email).HasMaxLength(256);
        builder.Property(c => c.Phone).HasMaxLength(16);
        builder.HasIndex(c => c.CollegeId);
        builder.HasOne(c => c.College).WithMany().HasForeignKey(c => c.CollegeId).OnDelete(DeleteBehavior.Restrict);
    }
}
