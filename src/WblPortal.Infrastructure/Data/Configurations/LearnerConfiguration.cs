using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WblPortal.Domain.Learners;

namespace WblPortal.Infrastructure.Data.Configurations;

public sealed class LearnerConfiguration : IEntityTypeConfiguration<Learner>
{
    public void Configure(EntityTypeBuilder<Learner> builder)
    {
        builder.IsEditableEntity();
        builder.Ignore(l => l.FullName);
        builder.Property(l => l.LastName).HasMaxLength(100);
        builder.Property(l => l.FirstName).HasMaxLength(100);
        builder.Property(l => l.Patronymic).HasMaxLength(100);
        builder.Property(l => l.Pin).HasMaxLength(14).IsFixedLength();
        builder.HasIndex(l => l.Pin).IsUnique();
        builder.Property(l => l.Gender).HasConversion<string>().HasMaxLength(10);
        builder.Property(l => l.SpecialNeedsNote).HasMaxLength(1000);
        builder.Property(l => l.RepresentativeName).HasMaxLength(200);
        builder.Property(l => l.RepresentativePhone).HasMaxLength(16);
        builder.Property(l => l.Phone).HasMaxLength(16);
        builder.Property(l => l.Email).HasMaxLength(256);
        builder.HasIndex(l => new { l.CollegeId, l.LastName, l.FirstName });
        builder.HasOne(l => l.College).WithMany().HasForeignKey(l => l.CollegeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(l => l.Group).WithMany().HasForeignKey(l => l.GroupId).OnDelete(DeleteBehavior.Restrict);
    }
}
