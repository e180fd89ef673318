using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WblPortal.Domain.Assessments;
using WblPortal.Domain.Placements;

namespace WblPortal.Infrastructure.Data.Configurations;

/// <summary>One row per learner of a placement; the outcome scores live in a jsonb column of the row, so that its one
/// <c>xmin</c> version guards every score against a concurrent edit.</summary>
public sealed class AssessmentConfiguration : IEntityTypeConfiguration<Assessment>
{
    public void Configure(EntityTypeBuilder<Assessment> builder)
    {
        builder.IsEditableEntity();
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Scale).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.ProposedBy).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.CuratorComment).HasMaxLength(2000);
        builder.Property(a => a.MentorComment).HasMaxLength(2000);
        builder.Property(a => a.FinalComment).HasMaxLength(2000);
        builder.Property(a => a.Disagreement).HasMaxLength(2000);
        builder.Property(a => a.CuratorName).HasMaxLength(200);
        builder.Property(a => a.MentorName).HasMaxLength(200);
        builder.Property(a => a.CuratorConfirmedBy).HasMaxLength(200);
        builder.Property(a => a.MentorConfirmedBy).HasMaxLength(200);
        builder.Ignore(a => a.RaisedNotifications);
        builder.Ignore(a => a.BothSubmitted);
        builder.Ignore(a => a.HasDisagreement);
        builder.OwnsMany(a => a.Scores, s =>
        {
            s.ToJson("scores");
            s.Ignore(x => x.Differs);
            s.Property(x => x.CuratorLevel).HasConversion<string>();
            s.Property(x => x.MentorLevel).HasConversion<string>();
            s.Property(x => x.FinalLevel).HasConversion<string>();
        });
        builder.HasIndex(a => a.PlacementLearnerId).IsUnique();
        builder.HasIndex(a => new { a.PlacementId, a.LearnerId });
        builder.HasIndex(a => a.CollegeId);
        builder.HasIndex(a => a.EmployerId);
        builder.HasIndex(a => a.MentorId);
        builder.HasIndex(a => a.LearnerId);
        builder.HasOne(a => a.Placement).WithMany().HasForeignKey(a => a.PlacementId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PlacementLearner>().WithMany().HasForeignKey(a => a.PlacementLearnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.Learner).WithMany().HasForeignKey(a => a.LearnerId).OnDelete(DeleteBehavior.Restrict);
        builder.ToTable(t => t.HasCheckConstraint("ck_assessments_grade", "final_grade IS NULL OR final_grade BETWEEN 2 AND 5"));
    }
}
