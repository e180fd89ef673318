using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WblPortal.Domain.Mentors;

namespace WblPortal.Infrastructure.Data.Configurations;

public sealed class MentorConfiguration : IEntityTypeConfiguration<Mentor>
{
    public void Configure(EntityTypeBuilder<Mentor> builder)
    {
        builder.IsEditableEntity();
        builder.Property(m => m.FullName).HasMaxLength(200);
        builder.Property(m => m.Position).HasMaxLength(200);
        builder.Property(m => m.EducationLevel).HasConversion<string>().HasMaxLength(30);
        builder.Property(m => m.Phone).HasMaxLength(16);
        builder.Property(m => m.Email).HasMaxLength(256);
        builder.HasIndex(m => m.EmployerId);
        builder.HasOne(m => m.Employer).WithMany().HasForeignKey(m => m.EmployerId).OnDelete(DeleteBehavior.Restrict);
    }
}
