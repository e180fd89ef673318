using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WblPortal.Domain.Employers;
using WblPortal.Domain.Mentors;

namespace WblPortal.Infrastructure.Data.Configurations;

public sealed class MentorTrainingConfiguration : IEntityTypeConfiguration<MentorTraining>
{
    public void Configure(EntityTypeBuilder<MentorTraining> builder)
    {
        builder.IsEditableEntity();
        builder.Property(t => t.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.Provider).HasMaxLength(300);
        builder.Property(t => t.CertificateNumber).HasMaxLength(50);
        builder.HasIndex(t => new { t.MentorId, t.Date });
        builder.HasIndex(t => t.EmployerId);
        builder.HasOne(t => t.Mentor).WithMany().HasForeignKey(t => t.MentorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Employer>().WithMany().HasForeignKey(t => t.EmployerId).OnDelete(DeleteBehavior.Restrict);
        builder.ToTable(t => t.HasCheckConstraint("ck_mentor_trainings_hours", "hours > 0"));
    }
}
