using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WblPortal.Domain.Partnerships;

namespace WblPortal.Infrastructure.Data.Configurations;

public sealed class PartnershipConfiguration : IEntityTypeConfiguration<Partnership>
{
    public void Configure(EntityTypeBuilder<Partnership> builder)
    {
        builder.IsEditableEntity();
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Number).HasMaxLength(50);
        builder.Property(p => p.Subject).HasMaxLength(2000);
        builder.Property(p => p.CollegeSignedByName).HasMaxLength(200);
        builder.Property(p => p.EmployerSignedByName).HasMaxLength(200);
        builder.Property(p => p.TerminationReason).HasMaxLength(2000);
        builder.Ignore(p => p.RaisedNotifications);
        builder.HasIndex(p => new { p.CollegeId, p.Kind, p.Number }).IsUnique();
        builder.HasIndex(p => new { p.EmployerId, p.Status });
        builder.HasOne(p => p.College).WithMany().HasForeignKey(p => p.CollegeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Employer).WithMany().HasForeignKey(p => p.EmployerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<WblPortal.Domain.Files.StoredFile>().WithMany().HasForeignKey(p => p.ScanFileId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.History).WithOne().HasForeignKey(h => h.PartnershipId).OnDelete(DeleteBehavior.Cascade);
        builder.ToTable(t => t.HasCheckConstraint("ck_partnerships_validity", "valid_until IS NULL OR valid_until >= valid_from"));
    }
}
