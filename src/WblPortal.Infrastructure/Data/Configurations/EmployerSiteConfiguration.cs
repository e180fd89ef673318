using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WblPortal.Domain.Employers;

namespace WblPortal.Infrastructure.Data.Configurations;

public sealed class EmployerSiteConfiguration : IEntityTypeConfiguration<EmployerSite>
{
    public void Configure(EntityTypeBuilder<EmployerSite> builder)
    {
        builder.ToTable("employer_sites");
        builder.IsEditableEntity();
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.Address).HasMaxLength(300);
        builder.HasIndex(s => new { s.EmployerId, s.Name }).IsUnique();
        builder.HasOne(s => s.Employer).WithMany().HasForeignKey(s => s.EmployerId).OnDelete(DeleteBehavior.Cascade);
    }
}
