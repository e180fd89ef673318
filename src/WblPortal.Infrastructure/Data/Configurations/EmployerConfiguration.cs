using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WblPortal.Domain.Employers;

namespace WblPortal.Infrastructure.Data.Configurations;

public sealed class EmployerConfiguration : IEntityTypeConfiguration<Employer>
{
    public void Configure(EntityTypeBuilder<Employer> builder)
    {
        builder.IsEditableEntity();
        builder.Property(e => e.Name).HasMaxLength(300);
        builder.Property(e => e.Inn).HasMaxLength(14).IsFixedLength();
        builder.HasIndex(e => e.Inn).IsUnique();
        builder.Property(e => e.Sector).HasConversion<string>().HasMaxLength(40);
        builder.Property(e => e.Address).HasMaxLength(300);
        builder.Property(e => e.ContactPerson).HasMaxLength(200);
        builder.Property(e => e.Phone).HasMaxLength(16);
        builder.Property(e => e.Email).HasMaxLength(256);
        builder.HasOne(e => e.Region).WithMany().HasForeignKey(e => e.RegionId).OnDelete(DeleteBehavior.Restrict);
    }
}
