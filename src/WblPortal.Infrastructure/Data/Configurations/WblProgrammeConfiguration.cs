using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WblPortal.Domain.Programmes;

namespace WblPortal.Infrastructure.Data.Configurations;

public sealed class WblProgrammeConfiguration : IEntityTypeConfiguration<WblProgramme>
{
    public void Configure(EntityTypeBuilder<WblProgramme> builder)
    {
        builder.ToTable("wbl_programmes");
        builder.IsEditableEntity();
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.SpecialtyCode).HasMaxLength(20);
        builder.Property(p => p.SpecialtyName).HasMaxLength(300);
        builder.Property(p => p.NormativeBasis).HasMaxLength(4000);
        builder.Property(p => p.Goal).HasMaxLength(4000);
        builder.Property(p => p.Procedure).HasMaxLength(8000);
        builder.Property(p => p.SafetyRules).HasMaxLength(8000);
        builder.Property(p => p.ApprovalOrderNumber).HasMaxLength(30);
        builder.Property(p => p.ApprovedByUserId).HasMaxLength(450);
        builder.Property(p => p.ApprovedByName).HasMaxLength(200);
        // Existing programmes get the defaults (three levels, with the 2–5 grade); the sentinels let EF send every
        // other value explicitly.
        builder.Property(p => p.AssessmentScale).HasConversion<string>().HasMaxLength(20)
            .HasDefaultValue(Domain.Assessments.AssessmentScale.ThreeLevel);
        builder.Property(p => p.UsesPracticeGrade).HasDefaultValue(true).HasSentinel(true);
        builder.ComplexProperty(p => p.MentorRequirements, m =>
        {
            m.Property(r => r.MinEducationLevel).HasConversion<string>().HasMaxLength(30).HasColumnName("mentor_min_education_level");
            m.Property(r => r.MinYearsOfExperience).HasColumnName("mentor_min_years_of_experience");
            m.Property(r => r.MinSkillGrade).HasColumnName("mentor_min_skill_grade");
            m.Property(r => r.PedagogicalTrainingRequired).HasColumnName("mentor_pedagogical_training_required");
            m.Property(r => r.Notes).HasMaxLength(2000).HasColumnName("mentor_requirements_notes");
        });
        builder.Ignore(p => p.WblHours);
        builder.Ignore(p => p.WblSharePercent);
        builder.Ignore(p => p.IsEditable);
        builder.Ignore(p => p.IsComplete);
        builder.Ignore(p => p.RaisedNotifications);
        builder.HasIndex(p => new { p.SpecialtyId, p.AcademicYear, p.Revision }).IsUnique();
        builder.HasIndex(p => new { p.CollegeId, p.AcademicYear });
        builder.HasOne(p => p.College).WithMany().HasForeignKey(p => p.CollegeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Specialty).WithMany().HasForeignKey(p => p.SpecialtyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<WblProgramme>().WithMany().HasForeignKey(p => p.CopiedFromId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(p => p.Loads).WithOne().HasForeignKey(l => l.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Outcomes).WithOne().HasForeignKey(o => o.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.FormContents).WithOne().HasForeignKey(c => c.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Participants).WithOne().HasForeignKey(c => c.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.History).WithOne().HasForeignKey(h => h.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
    }
}
