using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WblPortal.Domain.Agreements;

namespace WblPortal.Infrastructure.Data.Configurations;

public sealed class TripartiteAgreementConfiguration : IEntityTypeConfiguration<TripartiteAgreement>
{
    public void Configure(EntityTypeBuilder<TripartiteAgreement> builder)
    {
        builder.IsEditableEntity();
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.LearnerConsentKind).HasConversion<string>().HasMaxLength(30);
        builder.Property(a => a.CollegeConfirmedByUserId).HasMaxLength(450);
        builder.Property(a => a.CollegeConfirmedByName).HasMaxLength(200);
        builder.Property(a => a.EmployerConfirmedByUserId).HasMaxLength(450);
        builder.Property(a => a.EmployerConfirmedByName).HasMaxLength(200);
        builder.Property(a => a.LearnerConfirmedByUserId).HasMaxLength(450);
        builder.Property(a => a.LearnerConfirmedByName).HasMaxLength(200);
        builder.Property(a => a.RepresentativeName).HasMaxLength(200);
        builder.Property(a => a.RepresentativeConsentRecordedByUserId).HasMaxLength(450);
        builder.Property(a => a.RepresentativeConsentRecordedByName).HasMaxLength(200);
        builder.Ignore(a => a.HasRepresentativeConsent);
        builder.Property(a => a.CancelReason).HasMaxLength(2000);
        builder.Ignore(a => a.IsConfirmedByCollege);
        builder.Ignore(a => a.IsConfirmedByEmployer);
        builder.Ignore(a => a.IsConfirmedByLearner);
        builder.Ignore(a => a.RaisedNotifications);
        builder.HasIndex(a => new { a.PlacementId, a.LearnerId }).IsUnique();
        builder.HasIndex(a => a.LearnerId);
        builder.HasIndex(a => new { a.EmployerId, a.Status });
        builder.HasIndex(a => new { a.CollegeId, a.Status });
        builder.HasOne(a => a.Placement).WithMany().HasForeignKey(a => a.PlacementId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.Learner).WithMany().HasForeignKey(a => a.LearnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<WblPortal.Domain.Files.StoredFile>().WithMany().HasForeignKey(a => a.ScanFileId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.History).WithOne().HasForeignKey(h => h.AgreementId).OnDelete(DeleteBehavior.Cascade);
    }
}
