using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WblPortal.Domain.Placements;

namespace WblPortal.Infrastructure.Data.Configurations;

public sealed class PlacementLearnerConfiguration : IEntityTypeConfiguration<PlacementLearner>
{
    public void Configure(EntityTypeBuilder<PlacementLearner> builder)
    {
        builder.IsEditableEntity();
        builder.HasIndex(l => new { l.PlacementId, l.LearnerId }).IsUnique();
        builder.HasIndex(l => l.LearnerId);
        builder.HasIndex(l => l.EmployerId);
        builder.HasIndex(l => l.MentorId);
        builder.HasIndex(l => l.CollegeId);
        builder.HasOne(l => l.Learner).WithMany().HasForeignKey(l => l.LearnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(l => l.Group).WithMany().HasForeignKey(l => l.GroupId).OnDelete(DeleteBehavior.Restrict);
    }
}
