using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WblPortal.Domain.Programmes;

namespace WblPortal.Infrastructure.Data.Configurations;

public sealed class ProgrammeFormContentConfiguration : IEntityTypeConfiguration<ProgrammeFormContent>
{
    public void Configure(EntityTypeBuilder<ProgrammeFormContent> builder)
    {
        builder.IsEditableEntity();
        builder.Property(c => c.Themes).HasMaxLength(8000);
        builder.Property(c => c.SpecificOutcomes).HasMaxLength(8000);
        builder.Property(c => c.WorkEnvironment).HasMaxLength(4000);
        builder.Property(c => c.AssessmentRules).HasMaxLength(4000);
        builder.Property(c => c.RecognitionRules).HasMaxLength(4000);
        builder.HasIndex(c => new { c.ProgrammeId, c.FormId }).IsUnique();
        builder.HasIndex(c => c.CollegeId);
        builder.HasOne(c => c.Form).WithMany().HasForeignKey(c => c.FormId).OnDelete(DeleteBehavior.Restrict);
    }
}
