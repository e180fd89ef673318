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
        // The tenant filters look a row up by (learner, mentor, employer) and list an employer's (a mentor's) rows:
        // composite indexes keep a mentor's pages proportional to the rows shown, not to the employer's or college's.
        builder.HasIndex(l => new { l.LearnerId, l.MentorId, l.EmployerId });
        builder.HasIndex(l => new { l.EmployerId, l.MentorId });
        builder.HasIndex(l => new { l.PlacementId, l.MentorId });
        builder.HasIndex(l => l.MentorId);
        builder.HasIndex(l => l.CollegeId);
        builder.HasOne(l => l.Learner).WithMany().HasForeignKey(l => l.LearnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(l => l.Group).WithMany().HasForeignKey(l => l.GroupId).OnDelete(DeleteBehavior.Restrict);
    }
}
