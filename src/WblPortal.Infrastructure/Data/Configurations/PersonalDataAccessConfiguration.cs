using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WblPortal.Domain.Privacy;

namespace WblPortal.Infrastructure.Data.Configurations;

public sealed class PersonalDataAccessConfiguration : IEntityTypeConfiguration<PersonalDataAccess>
{
    public void Configure(EntityTypeBuilder<PersonalDataAccess> builder)
    {
        builder.ToTable("personal_data_access_log");
        builder.Property(a => a.UserId).HasMaxLength(450);
        builder.Property(a => a.UserName).HasMaxLength(300);
        builder.Property(a => a.Role).HasMaxLength(50);
        builder.Property(a => a.What).HasConversion<string>().HasMaxLength(30);
        // The learner's page reads their own rows newest first; the college admin's log reads the college's.
        builder.HasIndex(a => new { a.LearnerId, a.At });
        builder.HasIndex(a => new { a.CollegeId, a.At });
    }
}
