using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WblPortal.Domain.Learners;
using WblPortal.Domain.Privacy;

namespace WblPortal.Infrastructure.Data.Configurations;

public sealed class PersonalDataConsentConfiguration : IEntityTypeConfiguration<PersonalDataConsent>
{
    public void Configure(EntityTypeBuilder<PersonalDataConsent> builder)
    {
        builder.ToTable("personal_data_consents");
        builder.IsEditableEntity();
        builder.Property(c => c.Purpose).HasConversion<int>();
        builder.Property(c => c.GivenBy).HasConversion<int>();
        builder.Property(c => c.RepresentativeName).HasMaxLength(200);
        builder.Property(c => c.TextVersion).HasMaxLength(20).IsRequired();
        builder.Property(c => c.RecordedByUserId).HasMaxLength(450).IsRequired();
        builder.Property(c => c.RecordedByName).HasMaxLength(200).IsRequired();
        builder.Property(c => c.WithdrawnByUserId).HasMaxLength(450);
        builder.Property(c => c.WithdrawnByName).HasMaxLength(200);
        builder.Ignore(c => c.IsActive);
        // The consent in force per purpose is the latest not withdrawn: read by learner.
        builder.HasIndex(c => new { c.LearnerId, c.Purpose, c.RecordedAt });
        builder.HasIndex(c => c.CollegeId);
        builder.HasOne<Learner>().WithMany().HasForeignKey(c => c.LearnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Domain.Colleges.College>().WithMany().HasForeignKey(c => c.CollegeId).OnDelete(DeleteBehavior.Restrict);
    }
}
