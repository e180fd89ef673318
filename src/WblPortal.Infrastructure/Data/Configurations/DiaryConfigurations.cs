using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WblPortal.Domain.Diaries;
using WblPortal.Domain.Placements;

namespace WblPortal.Infrastructure.Data.Configurations;

public sealed class SafetyInductionConfiguration : IEntityTypeConfiguration<SafetyInduction>
{
    public void Configure(EntityTypeBuilder<SafetyInduction> builder)
    {
        builder.IsEditableEntity();
        builder.Property(i => i.ConductedByName).HasMaxLength(200);
        builder.Property(i => i.ConductedByPosition).HasMaxLength(200);
        builder.Property(i => i.RecordedByName).HasMaxLength(200);
        builder.Ignore(i => i.Topics);
        builder.HasIndex(i => i.PlacementLearnerId).IsUnique();
        builder.HasIndex(i => i.LearnerId);
        builder.HasIndex(i => i.EmployerId);
        builder.HasIndex(i => i.CollegeId);
        builder.HasOne<PlacementLearner>().WithMany().HasForeignKey(i => i.PlacementLearnerId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class DiaryEntryConfiguration : IEntityTypeConfiguration<DiaryEntry>
{
    public void Configure(EntityTypeBuilder<DiaryEntry> builder)
    {
        builder.IsEditableEntity();
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Hours).HasPrecision(5, 2);
        builder.Property(e => e.Tasks).HasMaxLength(4000);
        builder.Property(e => e.AuthorName).HasMaxLength(200);
        builder.Property(e => e.ReturnComment).HasMaxLength(2000);
        builder.Property(e => e.ApprovedByName).HasMaxLength(200);
        builder.Property(e => e.CountersignedByName).HasMaxLength(200);
        builder.Ignore(e => e.IsLocked);
        builder.Ignore(e => e.IsEditable);
        builder.Ignore(e => e.RaisedNotifications);
        builder.HasIndex(e => new { e.PlacementLearnerId, e.Date });
        // Counts per status of a diary and the weeks awaiting approval, grouped by week, without reading the rows.
        builder.HasIndex(e => new { e.PlacementLearnerId, e.Status, e.WeekStart });
        builder.HasIndex(e => new { e.Status, e.SubmittedAt });
        builder.HasIndex(e => e.LearnerId);
        builder.HasIndex(e => e.EmployerId);
        builder.HasIndex(e => e.CollegeId);
        builder.HasIndex(e => e.CorrectsEntryId).IsUnique();
        builder.HasOne<PlacementLearner>().WithMany().HasForeignKey(e => e.PlacementLearnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<DiaryEntry>().WithMany().HasForeignKey(e => e.CorrectsEntryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<DiaryEvidence>().WithMany().HasForeignKey(e => e.EvidenceId).OnDelete(DeleteBehavior.Restrict);
        builder.ToTable(t => t.HasCheckConstraint("ck_diary_entries_hours", "hours > 0 AND hours <= 60"));
    }
}

public sealed class DiaryEvidenceConfiguration : IEntityTypeConfiguration<DiaryEvidence>
{
    public void Configure(EntityTypeBuilder<DiaryEvidence> builder)
    {
        builder.IsEditableEntity();
        builder.Property(e => e.FileName).HasMaxLength(255);
        builder.Property(e => e.ContentType).HasMaxLength(100);
        builder.Property(e => e.Sha256).HasMaxLength(64);
        builder.Property(e => e.UploadedByUserId).HasMaxLength(450);
        builder.HasIndex(e => e.PlacementLearnerId);
        builder.HasOne<PlacementLearner>().WithMany().HasForeignKey(e => e.PlacementLearnerId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class MentorNoteConfiguration : IEntityTypeConfiguration<MentorNote>
{
    public void Configure(EntityTypeBuilder<MentorNote> builder)
    {
        builder.IsEditableEntity();
        builder.Property(n => n.Topic).HasConversion<string>().HasMaxLength(20);
        builder.Property(n => n.Text).HasMaxLength(4000);
        builder.Property(n => n.AuthorName).HasMaxLength(200);
        builder.HasIndex(n => new { n.PlacementLearnerId, n.Date });
        builder.HasIndex(n => n.CollegeId);
        builder.HasOne<PlacementLearner>().WithMany().HasForeignKey(n => n.PlacementLearnerId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class MentorReferenceConfiguration : IEntityTypeConfiguration<MentorReference>
{
    public void Configure(EntityTypeBuilder<MentorReference> builder)
    {
        builder.IsEditableEntity();
        builder.Property(r => r.Scale).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.RecommendedLevel).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Attitude).HasMaxLength(MentorReference.MaxSectionLength);
        builder.Property(r => r.Skills).HasMaxLength(MentorReference.MaxSectionLength);
        builder.Property(r => r.Discipline).HasMaxLength(MentorReference.MaxSectionLength);
        builder.Property(r => r.Recommendations).HasMaxLength(MentorReference.MaxSectionLength);
        builder.Property(r => r.AuthorName).HasMaxLength(200);
        builder.ToTable(t => t.HasCheckConstraint("ck_mentor_references_grade", "recommended_grade IS NULL OR recommended_grade BETWEEN 2 AND 5"));
        // One reference per learner of a placement.
        builder.HasIndex(r => r.PlacementLearnerId).IsUnique();
        builder.HasIndex(r => r.CollegeId);
        builder.HasIndex(r => r.EmployerId);
        builder.HasOne<PlacementLearner>().WithMany().HasForeignKey(r => r.PlacementLearnerId).OnDelete(DeleteBehavior.Restrict);
    }
}
